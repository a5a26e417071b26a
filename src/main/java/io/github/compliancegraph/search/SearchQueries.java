package io.github.compliancegraph.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.search.GlossaryEntry.Word;
import io.github.compliancegraph.text.Folding;
import io.github.compliancegraph.topic.Topic;
import io.github.compliancegraph.topic.TopicTag;
import io.github.compliancegraph.topic.TopicTaxonomy;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.springframework.stereotype.Component;

/**
 * Turns what people type into the Lucene query the search traversal runs over folded text.
 * <p>
 * Plain text, the default: the words and "quoted phrases" typed, folded as the indexed copies are
 * (so {@code cles}, {@code clés} and {@code CLES} are one word) with every Lucene special character
 * escaped, so that any input is a valid query; then their translations: the other terms of each
 * glossary entry the words name, and the English and French labels of each topic they name. Words
 * typed come first and translations stop where the query would outgrow a traversal parameter, which
 * bounds the query however many entries match.
 * <p>
 * Lucene syntax ({@code mode=lucene}): accents folded but not case (operators and field names keep
 * theirs), checked with the parser Neo4j's full-text indexes use, so that an invalid query is refused
 * in the user's own terms; nothing is added.
 */
@Component
class SearchQueries {

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|[^\\s\"]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private final TopicTaxonomy taxonomy;
    private final List<GlossaryEntry> glossary;
    /** Each glossary word's terms in its own language, analysed once. */
    private final Map<Word, List<String>> glossaryTerms = new HashMap<>();

    SearchQueries(Glossary glossary, TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.glossary = glossary.entries();
        this.glossary.forEach(entry -> entry.words().forEach(w -> glossaryTerms.put(w, Analysis.terms(w.text(), w.language()))));
    }

    SearchQuery prepare(String q, SearchMode mode) {
        return mode == SearchMode.LUCENE ? lucene(q) : plain(q);
    }

    private SearchQuery plain(String q) {
        String folded = Folding.fold(q);
        var query = new Clauses();
        Matcher token = TOKEN.matcher(folded);
        while (token.find()) {
            boolean quoted = token.group(1) != null;
            int start = quoted ? token.start(1) : token.start();
            int end = quoted ? token.end(1) : token.end();
            // folding keeps every character in place: the same range of q is the token as typed
            query.add(new Expansion(q.substring(start, end).strip(), null), quoted);
        }
        translations(folded).forEach(e -> query.add(e, false));
        List<TopicTag> topics = taxonomy.tag(q);
        for (TopicTag tag : topics) {
            Topic topic = taxonomy.topics().stream().filter(t -> t.id().equals(tag.topic())).findFirst().orElseThrow();
            String via = "topic: " + topic.label().get("en");
            topic.label().values().forEach(label -> query.add(new Expansion(label, via), false));
        }
        return new SearchQuery(query.lucene(), query.expansions(), topics);
    }

    /** The other terms of every glossary entry one of whose terms the query holds, as words in a row. */
    private List<Expansion> translations(String folded) {
        Map<Language, List<String>> queryTerms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            queryTerms.put(language, Analysis.terms(folded, language));
        }
        var found = new ArrayList<Expansion>();
        for (GlossaryEntry entry : glossary) {
            entry.words().stream()
                    .filter(w -> inARow(queryTerms.get(w.language()), glossaryTerms.get(w)))
                    .findFirst()
                    .ifPresent(named -> entry.words().forEach(w -> found.add(new Expansion(w.text(), "glossary: " + named.text()))));
        }
        return found;
    }

    private static boolean inARow(List<String> terms, List<String> words) {
        return !words.isEmpty() && Collections.indexOfSubList(terms, words) >= 0;
    }

    private SearchQuery lucene(String q) {
        String lucene = Folding.foldKeepingCase(q).strip();
        var parser = new QueryParser("text", Language.FRENCH.analyzer());
        parser.setAllowLeadingWildcard(true); // as Neo4j's full-text indexes parse queries
        try {
            parser.parse(lucene);
        } catch (ParseException e) {
            String complaint = e.getMessage().lines().findFirst().orElse("").replace("Cannot parse '" + lucene + "': ", "");
            throw new InvalidParameterException("q", "'" + q + "' is not a valid Lucene query (mode=lucene): " + complaint);
        }
        // highlights and matches show the query's words; its syntax is Lucene's business
        var words = new LinkedHashMap<String, Expansion>();
        WORD.matcher(q).results().map(MatchResult::group).filter(w -> !OPERATORS.contains(w))
                .forEach(w -> words.putIfAbsent(Folding.fold(w), new Expansion(w, null)));
        return new SearchQuery(lucene, List.copyOf(words.values()), taxonomy.tag(q));
    }

    /**
     * The query's clauses, in order and without repeats: two expansions that both analyzers reduce
     * to the same terms (clé and clés) are one.
     */
    private static final class Clauses {

        private final Map<String, Expansion> expansions = new LinkedHashMap<>();
        private final StringBuilder lucene = new StringBuilder();

        void add(Expansion expansion, boolean quoted) {
            String folded = Folding.fold(expansion.text());
            List<String> french = Analysis.terms(folded, Language.FRENCH);
            List<String> english = Analysis.terms(folded, Language.ENGLISH);
            String key = french + "|" + english;
            // punctuation and stop words alone match nothing in any index: not worth a clause
            if ((french.isEmpty() && english.isEmpty()) || expansions.containsKey(key)) {
                return;
            }
            // a word the analyzers split (pare-feu, AK/SK) is a phrase too: its parts in a row, not either part
            String clause = quoted || french.size() > 1 || english.size() > 1
                    ? "\"" + QueryParser.escape(folded) + "\"" : QueryParser.escape(folded);
            int length = lucene.length() + (lucene.isEmpty() ? 0 : 1) + clause.length();
            if (length <= TraversalRunner.MAX_TEXT_LENGTH) {
                lucene.append(lucene.isEmpty() ? "" : " ").append(clause);
                expansions.put(key, expansion);
            }
        }

        String lucene() {
            return lucene.toString();
        }

        List<Expansion> expansions() {
            return List.copyOf(expansions.values());
        }
    }
}
