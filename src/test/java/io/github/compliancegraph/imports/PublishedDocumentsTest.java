package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.GraphFingerprint;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.ReferenceFiles;
import io.github.compliancegraph.imports.table.ResponsibilityWorkbooks;
import io.github.compliancegraph.oscal.Responsibilities;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Documents in the layouts providers and agencies publish, written by us with their traps, imported
 * over HTTP as a user would: exact counts per party, references resolved against the NIST SP 800-53
 * rev 4 (bundled) or rev 5 (CISO Assistant library) catalog, and OSCAL plans that round-trip through
 * the export. Shares its application with {@link ImportEndpointTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("import-endpoint")
@ActiveProfiles("test")
class PublishedDocumentsTest {

    private static final Path PLANS = Path.of("src/test/resources/oscal-plans");

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    Importers importers;

    private ResponseEntity<JsonNode> upload(String url, String fileName, byte[] content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("importer", "test-only-password").postForEntity(url, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private JsonNode imported(String url, String fileName, byte[] content) {
        ResponseEntity<JsonNode> response = upload(url, fileName, content);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The NIST SP 800-53 rev 5 catalog, from CISO Assistant's library (skips the test where the reference data is absent). */
    private void rev5Catalog() throws IOException {
        ReferenceFiles.assumePresent();
        importers.importFile("ciso-assistant", "nist-sp-800-53-rev5.yaml", ReferenceFiles.read("ciso-assistant/nist-sp-800-53-rev5.yaml"),
                Map.of());
    }

    /** Imports a plan, exports its provider's plan again, imports that, and compares the two sources. */
    private JsonNode roundTrip(String plan, String source, String provider) throws IOException {
        rev5Catalog();
        JsonNode report = imported("/api/imports/oscal-ssp?source=" + source, plan, Files.readAllBytes(PLANS.resolve(plan)));
        String exported = http.getForObject("/api/export/oscal-ssp?provider=" + provider + "&framework=nist-sp800-53-r5", String.class);
        JsonNode again = imported("/api/imports/oscal-ssp?source=" + source + "-again", provider + "_ssp.json",
                exported.getBytes(StandardCharsets.UTF_8));
        assertThat(again.get("problems")).as("our own export reads back without a problem").isEmpty();
        var before = Responsibilities.of(driver, source, "nist-sp800-53-r5");
        assertThat(before.get("controls")).isNotEmpty();
        assertThat(Responsibilities.of(driver, source + "-again", "nist-sp800-53-r5")).isEqualTo(before);
        return report;
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    @Test
    void aFedrampCisCrmWorkbookImportsFromItsThirdSheetWithTheProviderAlone() {
        JsonNode report = imported("/api/imports/responsibility-matrix?provider=stratus&source=stratus-crm", "stratus-cis-crm.xlsx",
                ResponsibilityWorkbooks.fedrampCisCrm());
        assertThat(report.get("controls").asInt()).isEqualTo(9);
        assertThat(report.get("controlsByParty").toString()).isEqualTo("{\"stratus\":6,\"stratus-customer\":6}");
        assertThat(report.get("sharedControls").asInt()).isEqualTo(3);
        assertThat(report.get("notApplicableControls").asInt()).isZero();
        assertThat(report.get("referencesByFramework").toString()).isEqualTo("{\"nist-sp800-53-r4\":{\"exact\":9}}");
        assertThat(report.get("problems").toString()).contains("sheet 'CRM' read (sheets: Instructions, CIS Worksheet, CRM)");
        assertThat(count("""
                MATCH (p:Party {id: 'stratus-customer'})-[r:RESPONSIBLE_FOR {asWritten: 'No'}]->(c:Control {source: 'stratus-crm'})
                      -[m:MAPS_TO {qualifier: 'a'}]->(:Clause {uid: 'nist-sp800-53-r4:AC-2'})
                WHERE m.asWritten = 'AC-02 (a)' RETURN count(c)""", Map.of())).isEqualTo(1);
    }

    @Test
    void aProviderBaselineKeepsNotApplicableStatementsAndMapsAWholeFamilyToItsGroup() {
        JsonNode report = imported("/api/imports/responsibility-matrix?provider=contoso-cloud&source=contoso-baseline",
                "contoso-security-baseline.xlsx", ResponsibilityWorkbooks.providerBaseline());
        assertThat(report.get("controls").asInt()).isEqualTo(10);
        assertThat(report.get("controlsByParty").toString()).isEqualTo("{\"contoso-cloud\":5,\"contoso-cloud-customer\":6}");
        assertThat(report.get("sharedControls").asInt()).isEqualTo(2);
        assertThat(report.get("notApplicableControls").asInt()).isEqualTo(1);
        assertThat(report.get("listedReferences").toString()).contains("\"asWritten\":\"AC: ACCESS CONTROL\",\"target\":"
                + "\"nist-sp800-53-r4:AC\",\"resolution\":\"family\"");
        assertThat(count("""
                MATCH (c:Control {source: 'contoso-baseline', responsibility: 'Not applicable'})
                WHERE NOT (c)<-[:RESPONSIBLE_FOR]-() RETURN count(c)""", Map.of())).isEqualTo(1);
        assertThat(count("""
                MATCH (c:Control {source: 'contoso-baseline', statementId: 'PA-1'})-[:MAPS_TO]->(cl:Clause)
                RETURN count(CASE WHEN cl.uid = 'nist-sp800-53-r4:AC' THEN 1 END) * 10 + count(CASE WHEN cl.ref = 'AC-1' THEN 1 END)""",
                Map.of())).as("the family's group clause, never AC-1").isEqualTo(10);
        JsonNode coverage = http.getForObject("/api/coverage/nist-sp800-53-r4?party=contoso-cloud-customer&limit=2000", JsonNode.class);
        assertThat(coverage.findParents("ref").stream().filter(c -> c.get("ref").asText().startsWith("AC-"))
                .filter(c -> c.get("controls").toString().contains("contoso-baseline")).map(c -> c.get("ref").asText()))
                .as("a whole family is too coarse to cover its controls, and a statement bound to nobody covers nothing")
                .contains("AC-2", "AC-2(1)", "AC-4").doesNotContain("AC-1", "AC-3", "AC-5", "AC-6");
    }

    @Test
    void aCcmSsrmSheetGivesTheThirdPartyAPartyOfItsOwn() throws IOException {
        rev5Catalog();
        JsonNode report = imported("/api/imports/responsibility-matrix?provider=nimbus-ccm&source=nimbus-ccm-ssrm", "nimbus-ccm.xlsx",
                ResponsibilityWorkbooks.ccmSsrm());
        assertThat(report.get("controls").asInt()).isEqualTo(9);
        assertThat(report.get("controlsByParty").toString())
                .isEqualTo("{\"nimbus-ccm\":5,\"nimbus-ccm-customer\":4,\"nimbus-ccm-third-party\":2}");
        assertThat(report.get("sharedControls").asInt()).isEqualTo(3);
        assertThat(report.get("notApplicableControls").asInt()).isEqualTo(1);
        assertThat(report.get("referencesByFramework").get("nist-sp800-53-r5").has("exact")).isTrue();
        assertThat(count("MATCH (p:Party {id: 'nimbus-ccm-third-party', role: 'third-party'})-[:RESPONSIBLE_FOR]->(c) RETURN count(c)",
                Map.of())).isEqualTo(2);
    }

    @Test
    void aPlanShapedLikeNistsLeveragedExampleRoundTrips() throws IOException {
        JsonNode report = roundTrip("nist-leveraged-saas.json", "nist-shaped-plan", "cumulus-object-storage");
        assertThat(report.get("controlsByParty").toString())
                .isEqualTo("{\"cumulus-object-storage\":3,\"cumulus-object-storage-customer\":2}");
        assertThat(report.get("referencesByFramework").toString()).isEqualTo("{\"nist-sp800-53-r5\":{\"exact\":5}}");
    }

    @Test
    void aPlanShapedLikeFedrampsTemplateRoundTripsAndKeepsOriginationAndStatus() throws IOException {
        JsonNode report = roundTrip("fedramp-rev5-csp.json", "fedramp-shaped-plan", "stratus-fc");
        assertThat(report.get("controlsByParty").toString()).isEqualTo("{\"DoEx\":1,\"stratus-fc\":4,\"stratus-fc-customer\":2}");
        assertThat(report.get("problems").toString()).contains("repeats that of system-implementation.components[1]", "provided entry naming only the customer role",
                "2 inherited and 1 satisfied");
        try (var session = driver.session()) {
            var edge = session.run("""
                    MATCH (p:Party {id: 'stratus-fc'})-[r:RESPONSIBLE_FOR]->(c:Control {source: 'fedramp-shaped-plan'})-[:MAPS_TO]->(:Clause {uid: 'nist-sp800-53-r5:AU-2'})
                    RETURN r.asWritten AS asWritten, c.implementationStatus AS status""").single();
            assertThat(edge.get("asWritten").asString()).isEqualTo("sp-corporate");
            assertThat(edge.get("status").asString()).isEqualTo("implemented");
        }
    }

    @Test
    void aPlanWithoutExportDataHasNothingToImport() throws IOException {
        GraphFingerprint before = GraphFingerprint.of(driver);
        ResponseEntity<JsonNode> response = upload("/api/imports/oscal-ssp", "nist-leveraging-inherited-only.json",
                Files.readAllBytes(PLANS.resolve("nist-leveraging-inherited-only.json")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).isEqualTo(
                "nist-leveraging-inherited-only.json: nothing to import: 0 provided, 0 responsibilities, 3 inherited / satisfied");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aPlanWhoseProfileNamesNoKnownFrameworkIsRefusedNamingTheOption() throws IOException {
        ResponseEntity<JsonNode> response = upload("/api/imports/oscal-ssp", "trestle-leveraged-iaas.json",
                Files.readAllBytes(PLANS.resolve("trestle-leveraged-iaas.json")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).contains("trestle://profiles/nimbostratus-baseline/profile.json",
                "framework=nist-sp800-53-r5");
        assertThat(imported("/api/imports/oscal-ssp?framework=nist-sp800-53-r5", "trestle-leveraged-iaas.json",
                Files.readAllBytes(PLANS.resolve("trestle-leveraged-iaas.json"))).get("controlsByParty").toString())
                .isEqualTo("{\"nimbostratus-compute\":4,\"nimbostratus-compute-customer\":1}");
    }
}
