package io.github.compliancegraph.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On first start, with nothing uploaded: the bundled NIST SP 800-53 rev 4 catalog and FedRAMP rev 4
 * baselines are in, Microsoft's audits attest the controls their baselines select, and MARS-E 2.0
 * answers through the catalog it derives from. The coverage definition in cypher/ gives the same rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BundledCoverageTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    ObjectMapper json;

    @Test
    void fedrampBaselinesSelectTheirControlsOfTheBundledCatalog() {
        JsonNode moderate = http.getForObject("/api/coverage/fedramp-moderate-r4", JsonNode.class);
        assertThat(moderate.at("/overall/clauses").asInt()).isEqualTo(325);
        assertThat(http.getForObject("/api/coverage/fedramp-high-r4", JsonNode.class).at("/overall/clauses").asInt()).isEqualTo(421);
        assertThat(http.getForObject("/api/coverage/fedramp-low-r4", JsonNode.class).at("/overall/clauses").asInt()).isEqualTo(125);
        assertThat(moderate.at("/overall/attestedBy/microsoft~1azure~1fedramp-moderate-r4").asInt())
                .as("Azure's FedRAMP Moderate audit attests the whole baseline").isEqualTo(325);
        JsonNode nist = http.getForObject("/api/coverage/nist-sp800-53-r4", JsonNode.class);
        assertThat(nist.at("/overall/clauses").asInt()).as("assessable controls and enhancements of the rev 4 catalog").isGreaterThan(800);
    }

    @Test
    void microsoftsAuditsAttestTheControlsTheirBaselinesSelect() {
        JsonNode report = http.getForObject("/api/coverage/nist-sp800-53-r4?party=microsoft&limit=20000", JsonNode.class);
        assertThat(report.at("/overall/attestedBy/microsoft~1azure~1fedramp-moderate-r4").asInt()).isEqualTo(325);
        assertThat(report.at("/overall/attestedBy/microsoft~1azure-government~1fedramp-high-r4").asInt()).isEqualTo(421);
        var attested = StreamSupport.stream(report.get("clauses").spliterator(), false)
                .filter(c -> c.get("status").asText().equals("attested")).toList();
        assertThat(attested).hasSize(report.at("/overall/counts/attested").asInt()).isNotEmpty();
        JsonNode ac2 = attested.stream().filter(c -> c.get("clause").asText().equals("nist-sp800-53-r4:AC-2")).findFirst().orElseThrow();
        assertThat(ac2.get("attestedBy")).extracting(JsonNode::asText)
                .containsExactly("microsoft/azure-government/fedramp-high-r4", "microsoft/azure/fedramp-moderate-r4");
        assertThat(ac2.has("mappingPath")).as("no mapping path for an attested clause").isFalse();
        JsonNode outscale = http.getForObject("/api/coverage/nist-sp800-53-r4?party=outscale", JsonNode.class);
        assertThat(outscale.at("/overall/counts/attested").asInt()).as("another provider's audits are not Outscale's").isZero();
    }

    @Test
    void marsEAnswersThroughTheCatalogItDerivesFrom() {
        JsonNode marsE = http.getForObject("/api/coverage/mars-e-2.0?party=microsoft", JsonNode.class);
        JsonNode nist = http.getForObject("/api/coverage/nist-sp800-53-r4?party=microsoft", JsonNode.class);
        assertThat(marsE.at("/derivedFrom/framework").asText()).isEqualTo("nist-sp800-53-r4");
        assertThat(marsE.at("/derivedFrom/relationship").asText()).isEqualTo("DERIVED_FROM");
        assertThat(marsE.at("/derivedFrom/note").asText()).contains("mars-e-2.0 has no catalog", "own control selection is not known");
        assertThat(marsE.get("overall")).isEqualTo(nist.get("overall"));
        assertThat(marsE.get("clauses")).isEqualTo(nist.get("clauses"));
        assertThat(nist.get("derivedFrom")).as("rev 4 answers with its own clauses").isNull();
    }

    @Test
    void theCoverageDefinitionGivesTheApisRows() throws Exception {
        String definition = Files.readString(Path.of("cypher/traversals/coverage.cypher"));
        for (var asked : new String[][] {{"nist-sp800-53-r4", "microsoft"}, {"mars-e-2.0", "microsoft"}, {"fedramp-high-r4", null},
                {"secnumcloud-3.2", null}}) {
            var parameters = new HashMap<String, Object>(Map.of("framework", asked[0], "skip", 0L, "limit", 20000L));
            parameters.put("party", asked[1]);
            parameters.put("status", null);
            JsonNode browser;
            try (var session = driver.session()) {
                browser = json.readTree(json.writeValueAsString(session.run(definition, parameters).list(r -> r.asMap())));
            }
            String query = "/api/traversals/coverage?framework=" + asked[0] + "&limit=20000" + (asked[1] == null ? "" : "&party=" + asked[1]);
            assertThat(http.getForObject(query, JsonNode.class).get("rows")).as("coverage of %s for %s", asked[0], asked[1]).isEqualTo(browser);
        }
    }
}
