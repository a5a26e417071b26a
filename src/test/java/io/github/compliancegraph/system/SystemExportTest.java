package io.github.compliancegraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.imports.MatrixImportTest;
import io.github.compliancegraph.oscal.OscalSchemas;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The example health-records application's own plan for SecNumCloud 3.2, built on Cumulus on
 * Outscale: as OSCAL, it validates against NIST's 1.1.3 SSP schema, is the same byte for byte when
 * exported twice, and every inherited and satisfied entry names an entry of the providers' own
 * plans; as a CRM workbook, it reads back through the responsibility-matrix import as a provider
 * whose statuses are the system's holdings, grouped Yes, Partial and No.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemExportTest {

    static final String SYSTEM = SystemChainTest.SYSTEM;
    static final String SNC = SystemChainTest.SNC;
    /** The provider the workbook is imported back as: an id no other test of this context asserts on. */
    static final String REIMPORTED = "health-records-plan";
    static final String REIMPORTED_SOURCE = REIMPORTED + "-crm";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;

    private final ObjectMapper json = new ObjectMapper();
    private JsonSchema schema;

    @BeforeAll
    void chain() throws IOException {
        SystemChainTest.declareExampleChain(http);
        schema = OscalSchemas.ssp();
    }

    private <T> ResponseEntity<T> get(String url, Class<T> type) {
        ResponseEntity<T> answer = http.getForEntity(url, type);
        assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private JsonNode systemSsp() throws IOException {
        return json.readTree(get("/api/systems/" + SYSTEM + "/export/oscal-ssp?framework=" + SNC, String.class).getBody());
    }

    private Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        get("/api/systems/" + SYSTEM + "/responsibilities?framework=" + SNC, JsonNode.class).getBody().get("totals").properties()
                .forEach(e -> totals.put(e.getKey(), e.getValue().asInt()));
        return totals;
    }

    /** The uuids of the entries named so ("provided", "responsibilities") in the providers' own plans. */
    private Set<String> providerEntries(String name) throws IOException {
        Set<String> uuids = new HashSet<>();
        for (String provider : List.of("outscale", "cumulus")) {
            JsonNode plan = json.readTree(get("/api/export/oscal-ssp?provider=" + provider + "&framework=" + SNC, String.class).getBody());
            plan.findValues(name).forEach(entries -> entries.forEach(e -> uuids.add(e.get("uuid").asText())));
        }
        return uuids;
    }

    private static List<JsonNode> entries(JsonNode ssp, String name) {
        var entries = new ArrayList<JsonNode>();
        ssp.findValues(name).forEach(list -> list.forEach(entries::add));
        return entries;
    }

    @Test
    void theOscalPlanValidatesAndIsTheSameTwice() throws IOException {
        ResponseEntity<String> first = get("/api/systems/" + SYSTEM + "/export/oscal-ssp?framework=" + SNC, String.class);
        assertThat(first.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"" + SYSTEM + "_" + SNC + "_ssp.json\"");
        assertThat(get("/api/systems/" + SYSTEM + "/export/oscal-ssp?framework=" + SNC, String.class).getBody())
                .as("same graph, same bytes").isEqualTo(first.getBody());
        JsonNode ssp = json.readTree(first.getBody());
        assertThat(schema.validate(ssp)).isEmpty();

        JsonNode implementation = ssp.at("/system-security-plan/system-implementation");
        JsonNode authorizations = implementation.get("leveraged-authorizations");
        assertThat(authorizations.findValuesAsText("title")).containsExactly("Cumulus Plateforme (cumulus)", "Outscale (outscale)");
        authorizations.forEach(a -> assertThat(a.get("date-authorized").asText()).matches("\\d{4}-\\d{2}-\\d{2}"));
        Map<String, String> types = new LinkedHashMap<>();
        implementation.get("components").forEach(c -> types.put(c.get("uuid").asText(), c.get("type").asText()));
        assertThat(types.values()).containsExactly("this-system", "leveraged-system", "leveraged-system");
        // a leveraged system keeps the component uuid of its own plan, and names its authorization
        assertThat(types).containsKey(SharedResponsibilitySsp.componentUuid("outscale"));
        JsonNode cumulus = implementation.get("components").get(1);
        assertThat(cumulus.get("props").toString()).contains("leveraged-authorization-uuid")
                .contains(authorizations.get(0).get("uuid").asText());

        Map<String, Integer> totals = totals();
        JsonNode requirements = ssp.at("/system-security-plan/control-implementation/implemented-requirements");
        assertThat(requirements).hasSize(totals.values().stream().mapToInt(Integer::intValue).sum());
        // each unclaimed clause says so on this system's component, and only there
        int unclaimed = 0;
        for (JsonNode requirement : requirements) {
            for (JsonNode byComponent : requirement.get("by-components")) {
                assertThat(types).containsKey(byComponent.get("component-uuid").asText());
                if (types.get(byComponent.get("component-uuid").asText()).equals("this-system")) {
                    unclaimed++;
                    assertThat(byComponent.has("inherited") || byComponent.has("satisfied")).isFalse();
                    assertThat(byComponent.get("description").asText()).startsWith("Nobody in the chain");
                }
            }
        }
        assertThat(unclaimed).isEqualTo(totals.get("unclaimed")).isPositive();
        assertThat(entries(ssp, "inherited")).isNotEmpty();
        assertThat(entries(ssp, "satisfied")).isNotEmpty();
    }

    @Test
    void everyInheritedAndSatisfiedEntryNamesAnEntryOfTheProvidersOwnPlans() throws IOException {
        JsonNode ssp = systemSsp();
        Set<String> provided = providerEntries("provided");
        Set<String> responsibilities = providerEntries("responsibilities");
        List<JsonNode> inherited = entries(ssp, "inherited");
        List<JsonNode> satisfied = entries(ssp, "satisfied");
        assertThat(inherited).allSatisfy(e -> assertThat(provided).contains(e.get("provided-uuid").asText()));
        assertThat(satisfied).allSatisfy(e -> assertThat(responsibilities).contains(e.get("responsibility-uuid").asText()));
        // uuids are the document's own: none repeats
        List<String> uuids = ssp.findValuesAsText("uuid");
        assertThat(new HashSet<>(uuids)).hasSameSizeAs(uuids);
    }

    @Test
    void threeHandPickedClauses() throws IOException {
        Map<String, JsonNode> byControlId = new TreeMap<>();
        systemSsp().at("/system-security-plan/control-implementation/implemented-requirements")
                .forEach(r -> byControlId.put(r.get("control-id").asText(), r));
        String cumulus = SharedResponsibilitySsp.componentUuid("cumulus");
        String outscale = SharedResponsibilitySsp.componentUuid("outscale");
        // audit logs kept: Cumulus takes on what Outscale leaves; both provide their part, nothing is left to the system
        JsonNode logs = byControlId.get("_17.5.a");
        assertThat(logs.get("by-components").findValuesAsText("component-uuid")).containsExactly(cumulus, outscale);
        assertThat(logs.at("/by-components/0/inherited/0/props/0/value").asText()).startsWith("cumulus-matrix:");
        assertThat(logs.at("/by-components/1/inherited")).isNotEmpty();
        assertThat(logs.findValues("satisfied")).isEmpty();
        assertThat(logs.at("/by-components/0/description").asText()).isEqualTo("Cumulus takes on what outscale leaves to its customer.");
        // encryption keys protected: Cumulus does its part (its key management service) and leaves the rest to its
        // customer, so the system satisfies that and inherits Cumulus' part and Outscale's
        JsonNode keys = byControlId.get("_10.5.c");
        assertThat(keys.get("by-components").findValuesAsText("component-uuid")).containsExactly(cumulus, outscale);
        assertThat(keys.at("/by-components/0/satisfied")).isNotEmpty();
        assertThat(keys.at("/by-components/0/inherited")).isNotEmpty();
        assertThat(keys.at("/by-components/1/satisfied").isMissingNode()).isTrue();
        assertThat(keys.at("/by-components/1/inherited/0/provided-uuid").asText()).isEqualTo(
                SharedResponsibilitySsp.providedUuid("secnumcloud-3.2:10.5.c", keys.at("/by-components/1/inherited/0/props/0/value").asText()));
        // an incident-reporting duty Cumulus leaves to its customer: the system satisfies Cumulus' responsibility
        JsonNode incidents = byControlId.get("_19.5.a");
        assertThat(incidents.get("by-components").findValuesAsText("component-uuid")).containsExactly(cumulus);
        JsonNode satisfied = incidents.at("/by-components/0/satisfied/0");
        assertThat(satisfied.at("/responsible-roles/0/party-uuids/0").asText()).isEqualTo(SharedResponsibilitySsp.partyUuid(SYSTEM));
        assertThat(satisfied.get("description").asText()).startsWith("For Dossiers patients en ligne (application fictive) to meet");
        assertThat(incidents.findValues("inherited")).isEmpty();
    }

    private byte[] workbook() {
        ResponseEntity<byte[]> answer = get("/api/systems/" + SYSTEM + "/export/crm.xlsx?framework=" + SNC, byte[].class);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(SystemController.XLSX);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"" + SYSTEM + "_" + SNC + "_crm.xlsx\"");
        return answer.getBody();
    }

    /** The CRM sheet's rows below the header, each as its three cells. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(CrmWorkbook.SHEET);
            Row header = sheet.getRow(CrmWorkbook.FIRST_ROW - 1);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue())).isEqualTo(CrmWorkbook.HEADER);
            var rows = new ArrayList<List<String>>();
            for (int i = CrmWorkbook.FIRST_ROW; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue()));
            }
            return rows;
        }
    }

    @Test
    void theCrmWorkbookHasARowPerClauseAndIsTheSameTwice() throws IOException {
        byte[] first = workbook();
        assertThat(workbook()).as("same graph, same bytes").isEqualTo(first);
        List<List<String>> rows = rows(first);
        Map<String, Integer> totals = totals();
        assertThat(rows).hasSize(totals.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, List<String>> byRef = new TreeMap<>();
        rows.forEach(r -> byRef.put(r.get(0), r));
        assertThat(byRef.get("17.5.a").get(1)).isEqualTo("Yes");
        assertThat(byRef.get("17.5.a").get(2)).startsWith("Nothing is left to Dossiers patients en ligne (application fictive): "
                + "it inherits the clause from Cumulus Plateforme.\nCumulus takes on what outscale leaves to its customer.\n- Cumulus Plateforme: \"");
        assertThat(byRef.get("19.5.a").get(1)).isEqualTo("No");
        assertThat(byRef.get("19.5.a").get(2)).contains("- Cumulus Plateforme, to its customer: \"");
        assertThat(rows).anyMatch(r -> r.get(1).equals("Partial"));
        assertThat(rows).anyMatch(r -> r.get(2).startsWith("Nobody in the chain (Cumulus Plateforme > Outscale) says anything"));
    }

    @Test
    void theCrmWorkbookReimportsAsAProviderWithTheSameCounts() throws IOException {
        byte[] xlsx = workbook();
        int rows = rows(xlsx).size();
        try {
            ResponseEntity<JsonNode> report = MatrixImportTest.upload(http, "/api/imports/responsibility-matrix?provider=" + REIMPORTED
                    + "&framework=" + SNC + "&source=" + REIMPORTED_SOURCE, SYSTEM + "_crm.xlsx", xlsx, null);
            assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(report.getBody().get("controls").asInt()).as("a statement per row").isEqualTo(rows);
            assertThat(report.getBody().at("/referencesByFramework/" + SNC + "/exact").asInt()).as("every Control ID read as a clause")
                    .isEqualTo(rows);

            Map<String, Integer> held = totals();
            Map<String, Integer> expected = new TreeMap<>(Map.of(
                    "provider", held.get(HeldClause.PROVIDER) + held.get(HeldClause.TAKEN_ON) + held.get(HeldClause.ATTESTED),
                    "shared", held.get(HeldClause.SHARED),
                    "customer", held.get(HeldClause.SYSTEM) + held.get(HeldClause.UNCLAIMED),
                    "silent", 0));
            JsonNode compared = get("/api/compare?framework=" + SNC + "&providers=" + REIMPORTED, JsonNode.class).getBody();
            Map<String, Integer> statuses = new TreeMap<>();
            compared.at("/totals/" + REIMPORTED).properties().forEach(e -> statuses.put(e.getKey(), e.getValue().asInt()));
            assertThat(statuses).isEqualTo(expected);
        } finally {
            // the quoted statements would otherwise stand beside the providers' own in searches of the tests sharing this graph
            try (var session = driver.session()) {
                session.run("MATCH (c:Control {source: $source}) DETACH DELETE c", Map.of("source", REIMPORTED_SOURCE)).consume();
            }
        }
    }

    @Test
    void unknownSystemsAndFrameworksAreRefusedAsEverywhere() {
        for (String export : List.of("oscal-ssp", "crm.xlsx")) {
            assertThat(http.getForEntity("/api/systems/nobody/export/" + export + "?framework=" + SNC, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(http.getForEntity("/api/systems/" + SYSTEM + "/export/" + export + "?framework=nowhere", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            // a framework whose catalog is not in the graph has no assessable clause to plan for
            assertThat(http.getForEntity("/api/systems/" + SYSTEM + "/export/" + export + "?framework=hds", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        }
    }
}
