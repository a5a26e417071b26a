package io.github.compliancegraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search on the bundled documents and catalogs (the matrix in French, the shipped SecNumCloud
 * structure, the NIST SP 800-53 rev 4 catalog): accents optional, any input a query, English finding
 * French, requirements found. Same context as TraversalApiTest, so no other database is started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    TraversalRunner traversals;
    @Autowired
    FoldedTextMigration migration;

    /** GET /api/search for these words, every row of each group unless {@code more} (name, value pairs) says otherwise. */
    private JsonNode search(String q, String... more) {
        var parameters = new LinkedHashMap<String, String>(Map.of("limit", "1000"));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], more[i + 1]);
        }
        var uri = UriComponentsBuilder.fromPath("/api/search").queryParam("q", q);
        parameters.forEach(uri::queryParam);
        URI url = uri.encode().build().toUri();
        ResponseEntity<JsonNode> answer = http.getForEntity(url, JsonNode.class);
        assertThat(answer.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static List<JsonNode> rows(JsonNode answer, String kind) {
        var rows = new ArrayList<JsonNode>();
        answer.get("rows").forEach(r -> {
            if (r.get("kind").asText().equals(kind)) {
                rows.add(r);
            }
        });
        return rows;
    }

    private static Set<String> ids(JsonNode answer, String kind) {
        var ids = new TreeSet<String>();
        rows(answer, kind).forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void accentsAndCaseAreOptional() {
        Set<String> accented = ids(search("clés"), "statement");
        assertThat(accented).hasSizeGreaterThanOrEqualTo(9);
        assertThat(ids(search("cles"), "statement")).isEqualTo(accented);
        assertThat(ids(search("CLES"), "statement")).isEqualTo(accented);
        Set<String> phrase = ids(search("clés cryptographiques"), "statement");
        assertThat(ids(search("cles cryptographiques"), "statement")).containsAll(phrase).isNotEmpty();
    }

    @Test
    void englishFindsTheFrenchStatementsAboutEncryptionSayingWhy() {
        List<JsonNode> french = rows(search("encryption"), "statement").stream()
                .filter(r -> r.get("lang").asText().equals("fr") && r.get("text").asText().toLowerCase().contains("chiffr")).toList();
        assertThat(french).hasSizeGreaterThanOrEqualTo(10);
        french.forEach(r -> {
            assertThat(r.get("matched").toString()).as(r.get("text").asText()).contains("(glossary: encryption)");
            assertThat(r.get("fragment").asText()).containsPattern("<mark>[^<]*(chiffr|Chiffr)[^<]*</mark>");
            assertThat(r.get("link").asText()).startsWith("/parties/").contains("#" + r.get("id").asText());
        });
        assertThat(rows(search("encryption"), "topic")).singleElement()
                .satisfies(t -> assertThat(t.get("id").asText()).isEqualTo("encryption"));
    }

    @Test
    void frenchFindsEnglishRequirements() {
        assertThat(rows(search("chiffrement"), "requirement")).anySatisfy(r -> {
            assertThat(r.get("framework").asText()).isEqualTo("nist-sp800-53-r4");
            assertThat(r.get("lang").asText()).isEqualTo("en");
            assertThat(r.get("matched").toString()).contains("(glossary: chiffrement)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "AND", "a OR", "[", "title:x", "*", "\\", "SNC – 10.5 c)", "\") MATCH (n) DETACH DELETE n //"})
    void anyInputIsAnswered(String q) {
        JsonNode answer = search(q);
        assertThat(answer.get("q").asText()).isEqualTo(q);
        assertThat(answer.get("mode").asText()).isEqualTo("plain");
    }

    @Test
    void luceneSyntaxOnRequestAndItsErrorsNameTheQuery() {
        assertThat(ids(search("clés AND cryptographiques", "mode", "lucene"), "statement"))
                .isSubsetOf(ids(search("clés cryptographiques"), "statement")).isNotEmpty();
        ResponseEntity<JsonNode> invalid = http.getForEntity(UriComponentsBuilder.fromPath("/api/search")
                .queryParam("q", "clé AND (").queryParam("mode", "lucene").encode().build().toUri(), JsonNode.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("parameter").asText()).isEqualTo("q");
        assertThat(invalid.getBody().get("detail").asText()).contains("'clé AND ('").doesNotContain("procedure", "db.index", "Exception");
        assertThat(http.getForEntity("/api/search?q=x&mode=regex", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void keyManagementFindsNistAndSecNumCloudRequirements() {
        Set<String> requirements = ids(search("key management"), "requirement");
        assertThat(requirements).contains("nist-sp800-53-r4:SC-12");
        assertThat(requirements).anyMatch(uid -> uid.startsWith("secnumcloud-3.2:10.5"));
        assertThat(rows(search("key management"), "requirement")).allSatisfy(r -> {
            assertThat(r.get("link").asText()).startsWith("/clauses/");
            assertThat(r.get("framework").asText()).isNotBlank();
            assertThat(r.get("label").asText()).isNotBlank().doesNotMatch("node\\d+");
        });
    }

    /** A FedRAMP baseline repeats the NIST control it selects: the control is found once, naming the baselines. */
    @Test
    void baselinesSelectingARequirementAreNamedNotRepeated() {
        List<JsonNode> requirements = rows(search("key management"), "requirement");
        assertThat(requirements).noneMatch(r -> r.get("framework").asText().startsWith("fedramp-"));
        JsonNode sc12 = requirements.stream().filter(r -> r.get("id").asText().equals("nist-sp800-53-r4:SC-12")).findFirst().orElseThrow();
        List<String> baselines = new ArrayList<>();
        sc12.get("baselines").forEach(b -> baselines.add(b.asText()));
        assertThat(baselines).containsExactly("fedramp-high-r4", "fedramp-low-r4", "fedramp-moderate-r4");
    }

    @Test
    void groupsComeInOrderAndArePagedEachOnItsOwn() {
        JsonNode answer = search("clé", "limit", "2");
        assertThat(rows(answer, "topic")).hasSize(1);
        assertThat(rows(answer, "statement")).hasSize(2);
        assertThat(rows(answer, "requirement")).hasSize(2);
        List<String> kinds = new ArrayList<>();
        answer.get("rows").forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).containsExactly("topic", "statement", "statement", "requirement", "requirement");
        assertThat(http.getForObject("/api/search?q={q}&format=csv", String.class, "clé")).startsWith("kind,id,ref,label,title,text");
    }

    /** People read the first page: 20 of each group unless they ask for more, and the page says there is more and links to it. */
    @Test
    void theFirstPageHoldsTwentyOfEachGroupAndThePageLinksToMore() {
        int statements = rows(search("données"), "statement").size();
        assertThat(statements).as("statements about données in the bundled documents").isGreaterThan(20);
        JsonNode first = http.getForObject("/api/search?q={q}", JsonNode.class, "données");
        assertThat(first.get("parameters").get("limit").asInt()).isEqualTo(20);
        assertThat(rows(first, "statement")).hasSize(20);

        String page = http.getForObject("/search?q={q}", String.class, "données");
        assertThat(page).contains("(the 20 most relevant shown; there may be more: ",
                "<a class=\"more\" href=\"/search?q=donn%C3%A9es&amp;limit=100\">show up to 100</a>");
        String longer = http.getForObject("/search?q={q}&limit=100", String.class, "données");
        assertThat(longer.split("data-kind=\"statement\"", -1)).hasSize(Math.min(statements, 100) + 1);
    }

    /** The traversal file's example is what GET /api/search runs for "clé", so Neo4j Browser and the benchmark run the real query. */
    @Test
    void theTraversalsExampleIsTheQueryTheSearchRunsForCle() {
        Traversal traversal = traversals.traversal("search");
        JsonNode parameters = search("clé").get("parameters");
        assertThat(traversal.examples().get("q")).isEqualTo(parameters.get("q").asText());
        assertThat(traversal.examples().get("topics")).isEqualTo(parameters.get("topics").asText());
    }

    @Test
    void theGlossaryIsInspectable() {
        JsonNode glossary = http.getForObject("/api/glossary", JsonNode.class);
        assertThat(glossary.size()).isBetween(40, 80);
        assertThat(glossary.toString()).contains("{\"en\":[\"encryption\",\"encrypt\",\"encrypted\"],\"fr\":[\"chiffrement\",\"chiffrer\",\"chiffré\"]}");
    }

    /** A database written before the folded copies existed gains them from migration 0008. */
    @Test
    void theMigrationFoldsWhatAnOlderDatabaseHolds() {
        String statement = rows(search("clés"), "statement").get(0).get("id").asText();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (c:Control {uid: $uid}), (cl:Clause {uid: 'nist-sp800-53-r4:SC-12'})
                    REMOVE c.foldedText, c.foldedSectionTitle, cl.foldedEn""", Map.of("uid", statement)).consume();
        }
        assertThat(ids(search("clés"), "statement")).doesNotContain(statement);
        migration.apply(MigrationContext.of(MigrationsConfig.defaultConfig(), driver));
        assertThat(ids(search("clés"), "statement")).contains(statement);
        assertThat(ids(search("key management"), "requirement")).contains("nist-sp800-53-r4:SC-12");
    }
}
