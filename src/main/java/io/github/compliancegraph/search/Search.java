package io.github.compliancegraph.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.search.Analysis.Token;
import io.github.compliancegraph.topic.TopicTag;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search people use: reads the words typed ({@link SearchQueries}), runs the {@code search}
 * traversal with the query it makes, and tells for each hit what it matched, with a fragment of its
 * text where those words are marked.
 */
@Component
public class Search {

    static final String TRAVERSAL = "search";

    private final TraversalRunner traversals;
    private final SearchQueries queries;

    Search(TraversalRunner traversals, SearchQueries queries) {
        this.traversals = traversals;
        this.queries = queries;
    }

    /**
     * @param mode  plain (the default) or lucene
     * @param skip  rows to skip in each group, as the URL gives it, or null
     * @param limit rows to return in each group, as the URL gives it, or null
     */
    public SearchAnswer run(String q, String mode, String skip, String limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "required (words to look for)");
        }
        if (q.length() > TraversalRunner.MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q", "longer than " + TraversalRunner.MAX_TEXT_LENGTH + " characters");
        }
        SearchMode reading = SearchMode.of(mode);
        SearchQuery query = queries.prepare(q.strip(), reading);
        var given = new LinkedHashMap<String, String>();
        if (query.searchable()) {
            given.put("q", query.lucene());
        }
        if (!query.topics().isEmpty()) {
            given.put("topics", query.topics().stream().map(TopicTag::topic).collect(Collectors.joining(",")));
        }
        putIfGiven(given, "skip", skip);
        putIfGiven(given, "limit", limit);
        TraversalResult<SearchRow> result = traversals.run(TRAVERSAL, given, SearchRow.class);
        Map<Language, List<List<String>>> expansionTerms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            expansionTerms.put(language, query.expansions().stream().map(e -> Analysis.terms(e.text(), language)).toList());
        }
        List<SearchHit> hits = result.rows().stream().map(r -> hit(r, query, expansionTerms)).toList();
        return new SearchAnswer(TRAVERSAL, result.parameters(), q, reading.toString(), query.expansions(), hits);
    }

    /** The most rows a group can have, as the traversal's header bounds its {@code limit}. */
    public long largestPage() {
        return traversals.traversal(TRAVERSAL).parameters().stream().filter(p -> p.name().equals("limit")).findFirst()
                .orElseThrow().max();
    }

    private static void putIfGiven(Map<String, String> given, String name, String value) {
        if (value != null) {
            given.put(name, value);
        }
    }

    private static SearchHit hit(SearchRow row, SearchQuery query, Map<Language, List<List<String>>> expansionTerms) {
        Language language = row.language();
        var matched = new ArrayList<String>();
        var marked = new HashSet<String>();
        // the shown text is analysed once, for what the row matched and for its fragment
        List<Token> tokens = Analysis.tokens(row.shown(), language);
        if (row.kind().equals(SearchRow.TOPIC)) {
            for (TopicTag tag : query.topics()) {
                if (tag.topic().equals(row.id())) {
                    matched.add(new Expansion(tag.keyword(), "topic keyword").toString());
                    marked.addAll(Analysis.terms(tag.keyword(), language));
                }
            }
        } else {
            Set<String> terms = new HashSet<>(Analysis.terms(row.alsoSearched(), language));
            tokens.forEach(t -> terms.add(t.term()));
            List<List<String>> words = expansionTerms.get(language);
            var seen = new HashSet<List<String>>();
            for (int i = 0; i < words.size(); i++) {
                // expansions the analyzer makes one (chiffrement, chiffrer: chifr) matched as one: the first names it
                if (!words.get(i).isEmpty() && terms.containsAll(words.get(i)) && seen.add(words.get(i))) {
                    matched.add(query.expansions().get(i).toString());
                    marked.addAll(words.get(i));
                }
            }
        }
        return new SearchHit(row.kind(), row.id(), row.ref(), row.label(), row.title(), row.text(), row.lang(), row.parties(),
                row.framework(), row.baselines(), row.source(), row.score(), link(row), Fragment.of(row.shown(), tokens, marked),
                List.copyOf(matched));
    }

    private static String link(SearchRow row) {
        return switch (row.kind()) {
            case SearchRow.TOPIC -> UriComponentsBuilder.fromPath("/traversals").queryParam("name", "controls")
                    .queryParam("run", 1).queryParam("topic", row.id()).encode().toUriString();
            case SearchRow.REQUIREMENT -> UriComponentsBuilder.fromPath("/clauses/{uid}").buildAndExpand(row.id()).encode().toUriString();
            default -> row.parties() == null || row.parties().isEmpty() ? null
                    : UriComponentsBuilder.fromPath("/parties/{party}").fragment(row.id()).buildAndExpand(row.parties().get(0))
                            .encode().toUriString();
        };
    }
}
