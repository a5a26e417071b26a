package io.github.compliancegraph.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.IsolatedGraph;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outscale's documents checked against SecNumCloud 3.2: the clauses they never mention are those
 * compare marks silent, and as many as a count worked out here from the citations. Same context as
 * {@link ProviderComparisonTest}, so that one embedded database serves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
class CompletenessTest {

    private static final String SNC = "secnumcloud-3.2";
    private static final String OUTSCALE_ON_SNC = "/api/completeness?provider=outscale&framework=" + SNC;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> uids(JsonNode clauses, String field) {
        return elements(clauses).stream().map(c -> c.get(field).asText()).toList();
    }

    @Test
    void outscalesNeverMentionedSecNumCloudClausesAreTheClausesCompareMarksSilent() {
        JsonNode completeness = http.getForObject(OUTSCALE_ON_SNC, JsonNode.class);
        JsonNode comparison = http.getForObject("/api/compare?framework=" + SNC + "&providers=outscale", JsonNode.class);
        List<String> silent = elements(comparison.get("clauses")).stream()
                .filter(c -> c.get("byProvider").get("outscale").get("status").asText().equals("silent"))
                .map(c -> c.get("clause").asText()).toList();
        List<String> neverMentioned = uids(completeness.get("clauses"), "clause");

        assertThat(neverMentioned).as("clause for clause, in the same order").isEqualTo(silent).isNotEmpty();
        assertThat(completeness.get("neverMentioned").asInt()).isEqualTo(silent.size())
                .isEqualTo(comparison.get("totals").get("outscale").get("silent").asInt());
        assertThat(completeness.get("assessable").asInt()).isEqualTo(comparison.get("clauses").size());
        assertThat(completeness.get("mentioned").asInt()).as("the matrix mentions some")
                .isEqualTo(comparison.get("clauses").size() - silent.size()).isPositive();
        JsonNode first = completeness.get("clauses").get(0);
        JsonNode sameInCompare = elements(comparison.get("clauses")).stream()
                .filter(c -> c.get("clause").equals(first.get("clause"))).findFirst().orElseThrow();
        for (String field : List.of("ref", "label", "title", "chapter", "chapterTitle")) {
            assertThat(first.get(field)).as(field).isEqualTo(sameInCompare.get(field));
        }
    }

    @Test
    void asManyAsTheAssessableClausesNoCitationReachesCountedHere() {
        // worked out the other way round: from each clause the matrix cites down to the clauses under it
        Set<String> assessable = new HashSet<>(column("""
                MATCH (cl:Clause {framework: $framework, assessable: true}) WHERE NOT coalesce(cl.withdrawn, false)
                RETURN cl.uid AS uid""", "uid"));
        Set<String> reached = new HashSet<>(column("""
                MATCH (:Party {id: 'outscale'})-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
                WITH DISTINCT s
                MATCH (s)<-[:FROM_SOURCE]-(c:Control)-[m:MAPS_TO]->(cited:Clause {framework: $framework})
                WHERE m.resolution <> 'family' AND EXISTS { (:Party)-[:RESPONSIBLE_FOR]->(c) }
                MATCH (under:Clause)-[:PART_OF*0..]->(cited)
                RETURN DISTINCT under.uid AS uid""", "uid"));
        Set<String> expected = new HashSet<>(assessable);
        expected.removeAll(reached);

        JsonNode completeness = http.getForObject(OUTSCALE_ON_SNC, JsonNode.class);
        assertThat(completeness.get("assessable").asInt()).isEqualTo(assessable.size());
        assertThat(completeness.get("neverMentioned").asInt()).isEqualTo(expected.size());
        assertThat(uids(completeness.get("clauses"), "clause")).containsExactlyInAnyOrderElementsOf(expected);
        System.out.printf("completeness outscale x %s: %d assessable, %d never mentioned%n", SNC, assessable.size(), expected.size());
    }

    @Test
    void aPageCarriesTheTotalsAndCsvTheClauses() throws IOException {
        JsonNode all = http.getForObject(OUTSCALE_ON_SNC, JsonNode.class);
        JsonNode page = http.getForObject(OUTSCALE_ON_SNC + "&skip=5&limit=10", JsonNode.class);
        assertThat(page.get("clauses")).hasSize(10);
        assertThat(uids(page.get("clauses"), "clause")).isEqualTo(uids(all.get("clauses"), "clause").subList(5, 15));
        assertThat(page.get("neverMentioned")).as("the whole count, not the page's").isEqualTo(all.get("neverMentioned"));
        assertThat(page.get("skip").asInt()).isEqualTo(5);

        JsonNode pastTheEnd = http.getForObject(OUTSCALE_ON_SNC + "&skip=100000", JsonNode.class);
        assertThat(pastTheEnd.get("clauses")).isEmpty();
        assertThat(pastTheEnd.get("neverMentioned")).isEqualTo(all.get("neverMentioned"));
        assertThat(pastTheEnd.get("assessable")).isEqualTo(all.get("assessable"));

        String csv = http.getForObject(OUTSCALE_ON_SNC + "&format=csv", String.class);
        try (var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertThat(records.getHeaderNames()).containsExactly("clause", "ref", "label", "title", "chapter", "chapterTitle");
            assertThat(records.stream().map(r -> r.get("clause"))).containsExactlyElementsOf(uids(all.get("clauses"), "clause"));
        }
    }

    @Test
    void unknownProviderOrFrameworkAndAFrameworkWithoutCatalogAreRefused() {
        var unknownProvider = http.getForEntity("/api/completeness?provider=acme&framework=" + SNC, JsonNode.class);
        assertThat(unknownProvider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownProvider.getBody().get("validValues").toString()).contains("outscale");
        assertThat(http.getForEntity("/api/completeness?provider=client&framework=" + SNC, JsonNode.class).getStatusCode())
                .as("a customer is no provider").isEqualTo(HttpStatus.NOT_FOUND);
        var unknownFramework = http.getForEntity("/api/completeness?provider=outscale&framework=secnumcloud", JsonNode.class);
        assertThat(unknownFramework.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownFramework.getBody().get("validValues").toString()).contains(SNC);
        var noCatalog = http.getForEntity("/api/completeness?provider=microsoft&framework=mars-e-2.0", JsonNode.class);
        assertThat(noCatalog.getStatusCode()).as("no assessable clauses: not an empty, complete-looking list")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(noCatalog.getBody().get("detail").asText()).contains("mars-e-2.0", "catalog");
        assertThat(http.getForEntity("/api/completeness?provider=outscale", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity(OUTSCALE_ON_SNC + "&limit=0", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private List<String> column(String query, String column) {
        try (var session = driver.session()) {
            return session.run(query, Map.of("framework", SNC)).list(r -> r.get(column).asString());
        }
    }
}
