package io.github.compliancegraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.topic.TopicTaxonomy;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words typed made into the search's Lucene query, and fragments of the hits, without a database. */
class SearchQueriesTest {

    private final SearchQueries queries = new SearchQueries(new Glossary(), new TopicTaxonomy());

    private SearchQuery plain(String q) {
        return queries.prepare(q, SearchMode.PLAIN);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(plain("cles").lucene()).isEqualTo(plain("clés").lucene()).isEqualTo(plain("CLES").lucene()).startsWith("cles ");
        assertThat(plain("cles cryptographiques").lucene()).isEqualTo(plain("Clés Cryptographiques").lucene());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "AND", "a OR", "[", "title:x", "*", "\\", "SNC – 10.5 c)", "clé AND (", "\") MATCH (n) DETACH DELETE n //",
            "NOT", "x~2^3", "{a TO b}", "-", "&&", "||", "!", "?", "/", "a\"b", "«clé»"})
    void anyInputIsAValidQuery(String q) throws Exception {
        String lucene = plain(q).lucene();
        if (!lucene.isEmpty()) {
            var parser = new QueryParser("text", Language.FRENCH.analyzer());
            parser.setAllowLeadingWildcard(true);
            parser.parse(lucene);
        }
        assertThat(lucene).doesNotContain(" AND ", " OR ", "NOT ");
    }

    @Test
    void aQuotedPhraseStaysAPhrase() {
        SearchQuery query = plain("\"clés cryptographiques\" hébergement");
        assertThat(query.lucene()).startsWith("\"cles cryptographiques\" hebergement");
        assertThat(query.expansions().subList(0, 2)).containsExactly(new Expansion("clés cryptographiques", null), new Expansion("hébergement", null));
    }

    @Test
    void englishIsTranslatedWithTheGlossaryAndTheTopics() {
        SearchQuery query = plain("encryption");
        assertThat(query.expansions()).contains(new Expansion("chiffrement", "glossary: encryption"),
                new Expansion("chiffrer", "glossary: encryption"));
        assertThat(query.lucene()).contains("chiffrement", "chiffrer");
        assertThat(query.topics()).extracting(t -> t.topic()).containsExactly("encryption");
        assertThat(plain("clés").expansions()).as("keys is key to both analyzers: one clause").contains(new Expansion("key", "glossary: clé"))
                .doesNotContain(new Expansion("keys", "glossary: clé"));
        assertThat(plain("key management").lucene()).contains("\"gestion des cles\"");
        assertThat(plain("journaux").lucene()).as("a plural names its entry through stemming").contains("logging");
    }

    @Test
    void expansionsStayWithinATraversalParameter() {
        String everything = String.join(" ", new Glossary().entries().stream().map(e -> e.en().get(0)).toList());
        SearchQuery query = plain(everything.substring(0, Math.min(everything.length(), 500)));
        assertThat(query.lucene().length()).isLessThanOrEqualTo(500);
        assertThat(query.expansions().stream().filter(e -> e.via() != null)).isNotEmpty();
    }

    @Test
    void luceneModeTakesTheSyntaxAndRefusesItInTheUsersTerms() {
        assertThat(queries.prepare("clé AND (données OR chiffr*)", SearchMode.LUCENE).lucene()).isEqualTo("cle AND (donnees OR chiffr*)");
        assertThatThrownBy(() -> queries.prepare("clé AND (", SearchMode.LUCENE))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("q: 'clé AND (' is not a valid Lucene query")
                .hasMessageNotContaining("procedure").hasMessageNotContaining("cle AND");
    }

    @Test
    void fragmentsMarkTheWordsMatchedAndEscapeTheRest() {
        String html = "<b>Les clés</b> & l'Intégrité des CLÉS";
        Fragment fragment = Fragment.of(html, Analysis.tokens(html, Language.FRENCH), Set.of("cle"));
        assertThat(fragment.html()).isEqualTo("&lt;b&gt;Les <mark>clés</mark>&lt;/b&gt; &amp; l&#39;Intégrité des <mark>CLÉS</mark>");
        String text = "mot ".repeat(200) + "chiffrement " + "mot ".repeat(200);
        List<Fragment.Span> spans = Fragment.of(text, Analysis.tokens(text, Language.FRENCH), Set.of("chifr")).spans();
        assertThat(spans.get(0).text()).isEqualTo("\u2026");
        assertThat(spans.get(spans.size() - 1).text()).isEqualTo("\u2026");
        assertThat(spans).filteredOn(Fragment.Span::mark).extracting(Fragment.Span::text).containsExactly("chiffrement");
        assertThat(spans.stream().mapToInt(s -> s.text().length()).sum()).isLessThanOrEqualTo(290);
    }
}
