package io.github.compliancegraph.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.imports.MatrixImportTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The OSCAL export validates against the official OSCAL 1.1.3 SSP JSON schema (shipped in NIST's
 * liboscal-java artefact on Maven Central) and, imported back, gives the same parties, statements
 * and clause mappings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OscalExportTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    Importers imports;

    private final ObjectMapper json = new ObjectMapper();
    private JsonSchema schema;

    @BeforeAll
    void setUp() throws IOException {
        MatrixImportTest.importNimbus(http);
        schema = OscalSchemas.ssp();
    }

    private String export(String provider, String framework) {
        var response = http.getForEntity("/api/export/oscal-ssp?provider=" + provider + "&framework=" + framework, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    @Order(1)
    void theSchemaIsTheOfficialOne() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OscalSchemas.SSP)) {
            JsonNode raw = json.readTree(in);
            assertThat(raw.get("$id").asText()).isEqualTo("http://csrc.nist.gov/ns/oscal/1.0/oscal-ssp-1.1.3-schema.json");
        }
        Set<ValidationMessage> broken = schema.validate(json.readTree("""
                {"system-security-plan": {"uuid": "not-a-uuid", "metadata": {"title": "x"}}}"""));
        assertThat(broken).as("the validator does reject a broken plan").isNotEmpty();
    }

    @Test
    @Order(2)
    void outscaleTimesSecNumCloudValidatesAndIsReproducible() throws IOException {
        String first = export("outscale", "secnumcloud-3.2");
        JsonNode ssp = json.readTree(first);
        assertThat(schema.validate(ssp)).isEmpty();
        assertThat(export("outscale", "secnumcloud-3.2")).as("same graph, same document").isEqualTo(first);

        JsonNode plan = ssp.get("system-security-plan");
        assertThat(plan.at("/metadata/oscal-version").asText()).isEqualTo("1.1.3");
        assertThat(plan.at("/metadata/roles").findValuesAsText("id")).containsExactly("provider", "customer");
        assertThat(plan.at("/metadata/parties").findValuesAsText("short-name")).containsExactlyInAnyOrder("outscale", "client");
        assertThat(plan.get("uuid").asText()).isEqualTo(Uuids.of("ssp:outscale:secnumcloud-3.2")).matches("[0-9a-f-]{14}5.*");
        JsonNode requirements = plan.at("/control-implementation/implemented-requirements");
        Map<String, JsonNode> byControlId = new HashMap<>();
        requirements.forEach(r -> byControlId.put(r.get("control-id").asText(), r));
        // SecNumCloud 10.5.c (key protection): Outscale's own statements, as provided capabilities
        JsonNode keys = byControlId.get("_10.5.c").at("/by-components/0/export");
        assertThat(keys.get("provided")).isNotEmpty();
        assertThat(keys.get("provided").get(0).at("/responsible-roles/0/role-id").asText()).isEqualTo("provider");
        // every responsibility is the customer's, and points to a provided entry of its own clause where there is one
        for (JsonNode requirement : requirements) {
            JsonNode export = requirement.at("/by-components/0/export");
            Set<String> provided = new HashSet<>(export.path("provided").findValuesAsText("uuid"));
            for (JsonNode responsibility : export.path("responsibilities")) {
                assertThat(responsibility.at("/responsible-roles/0/role-id").asText()).isEqualTo("customer");
                if (!provided.isEmpty()) {
                    assertThat(provided).contains(responsibility.get("provided-uuid").asText());
                }
            }
        }
        long responsibilities = requirements.findValues("responsibilities").stream().mapToLong(JsonNode::size).sum();
        assertThat(responsibilities).as("clauses with client statements").isPositive();
    }

    @Test
    @Order(3)
    void nimbusTimesIso27001WithSharedStatementsValidates() throws IOException {
        JsonNode ssp = json.readTree(export("nimbus", "iso27001-2013"));
        assertThat(schema.validate(ssp)).isEmpty();
        JsonNode backups = null;
        for (JsonNode r : ssp.at("/system-security-plan/control-implementation/implemented-requirements")) {
            if (r.get("control-id").asText().equals("A.12.3.1")) {
                backups = r.at("/by-components/0/export");
            }
        }
        assertThat(backups).isNotNull();
        assertThat(backups.at("/provided/0/description").asText()).startsWith("Nimbus backs up the block storage volumes");
        assertThat(backups.at("/responsibilities/0/provided-uuid").asText()).isEqualTo(backups.at("/provided/0/uuid").asText());
        assertThat(http.getForEntity("/api/export/oscal-ssp?provider=nimbus&framework=hds", String.class).getStatusCode())
                .as("nothing cited, nothing to export").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/export/oscal-ssp?provider=client&framework=hds", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void roundTrip(String provider, String framework, String original) {
        byte[] exported = export(provider, framework).getBytes(StandardCharsets.UTF_8);
        String reimported = provider + "-oscal-roundtrip";
        ImportReport report = imports.importFile("oscal-ssp", provider + "_ssp.json", exported, Map.of("source", reimported));
        assertThat(report.problems()).isEmpty();
        var before = Responsibilities.of(driver, original, framework);
        var after = Responsibilities.of(driver, reimported, framework);
        assertThat(after.get("controls")).isNotEmpty().isEqualTo(before.get("controls"));
        assertThat(after.get("mappings")).isNotEmpty().isEqualTo(before.get("mappings"));
        assertThat(report.controls()).isEqualTo(before.get("controls").size());
        try (var session = driver.session()) {
            session.run("MATCH (c:Control {source: $source}) DETACH DELETE c", Map.of("source", reimported)).consume();
        }
    }

    @Test
    @Order(4)
    void outscaleTimesSecNumCloudRoundTrips() {
        roundTrip("outscale", "secnumcloud-3.2", "outscale-matrix");
    }

    @Test
    @Order(5)
    void nimbusTimesIso27001RoundTripsSharedStatementsIncluded() {
        roundTrip("nimbus", "iso27001-2013", "nimbus-matrix");
    }
}
