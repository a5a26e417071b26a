package io.github.compliancegraph.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.imports.MatrixImportTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** Outscale and the fictitious Nimbus compared on ISO/IEC 27001:2013, and what each leaves to its customer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderComparisonTest {

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    void importSecondProvider() throws IOException {
        MatrixImportTest.importNimbus(http);
    }

    private Map<String, String> statuses(JsonNode comparison, String ref) {
        for (JsonNode clause : comparison.get("clauses")) {
            if (clause.get("ref").asText().equals(ref)) {
                var statuses = new HashMap<String, String>();
                clause.get("byProvider").properties().forEach(e -> statuses.put(e.getKey(), e.getValue().get("status").asText()));
                return statuses;
            }
        }
        throw new AssertionError("no clause " + ref);
    }

    @Test
    void outscaleAndNimbusOnIso27001HandPickedClauses() {
        JsonNode comparison = http.getForObject("/api/compare?framework=iso27001-2013&providers=outscale,nimbus", JsonNode.class);
        assertThat(comparison.get("providers").toString()).isEqualTo("[\"outscale\",\"nimbus\"]");
        // user registration: Outscale's matrix takes it on, Nimbus leaves it to its customer (NC-013)
        assertThat(statuses(comparison, "A.9.2.1")).containsEntry("outscale", "provider").containsEntry("nimbus", "customer");
        // secure development policy: Outscale cites nothing, Nimbus takes it on (NC-038)
        assertThat(statuses(comparison, "A.14.2.1")).containsEntry("outscale", "silent").containsEntry("nimbus", "provider");
        // acceptable use of assets: only Nimbus' customer (NC-010)
        assertThat(statuses(comparison, "A.8.1.3")).containsEntry("outscale", "silent").containsEntry("nimbus", "customer");
        // backups: Nimbus writes a shared statement (NC-030)
        assertThat(statuses(comparison, "A.12.3.1")).containsEntry("outscale", "provider").containsEntry("nimbus", "shared");
        // key management: a Nimbus provider statement and a customer one (NC-020, NC-021)
        assertThat(statuses(comparison, "A.10.1.2")).containsEntry("outscale", "provider").containsEntry("nimbus", "shared");
        assertThat(statuses(comparison, "A.11.1.1")).containsEntry("outscale", "provider").containsEntry("nimbus", "provider");
        // internal audit, main body: Nimbus' bare "ISO 9.2" in its governance section (NC-003)
        assertThat(statuses(comparison, "9.2")).containsEntry("outscale", "silent").containsEntry("nimbus", "provider");
        assertThat(statuses(comparison, "4.1")).containsEntry("outscale", "silent").containsEntry("nimbus", "silent");

        assertThat(comparison.get("totals").toString()).isEqualTo("{\"outscale\":{\"provider\":112,\"shared\":0,\"customer\":0,"
                + "\"silent\":28},\"nimbus\":{\"provider\":22,\"shared\":8,\"customer\":12,\"silent\":98}}");
        assertThat(comparison.get("clauses")).hasSize(140);
        JsonNode accessControl = comparison.get("chapters").findParents("chapter").stream()
                .filter(c -> c.get("chapter").asText().equals("A.9")).findFirst().orElseThrow();
        assertThat(accessControl.get("totals").get("nimbus").toString())
                .isEqualTo("{\"provider\":1,\"shared\":1,\"customer\":3,\"silent\":9}");
        JsonNode a921 = comparison.get("clauses").findParents("ref").stream().filter(c -> c.get("ref").asText().equals("A.9.2.1"))
                .findFirst().orElseThrow();
        assertThat(a921.get("byProvider").get("nimbus").get("customerControls").toString())
                .isEqualTo("[\"nimbus-matrix:4:nimbus-customer:2be15596\"]");
    }

    @Test
    void compareAsCsvAndItsErrors() {
        String csv = http.getForObject("/api/compare?framework=iso27001-2013&providers=outscale,nimbus&format=csv", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("clause,ref,label,title,chapter,chapterTitle,outscale,nimbus");
        assertThat(csv).contains("iso27001-2013:A.9.2.1,A.9.2.1,").contains(",provider,customer");
        assertThat(csv.lines().count()).isEqualTo(141);
        var unknown = http.getForEntity("/api/compare?framework=iso27001-2013&providers=outscale,acme", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("validValues").toString()).contains("nimbus", "outscale");
        var customer = http.getForEntity("/api/compare?framework=iso27001-2013&providers=client", JsonNode.class);
        assertThat(customer.getStatusCode()).as("a customer is no provider").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/compare?framework=iso27001&providers=outscale", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/compare?framework=iso27001-2013", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void whatNimbusLeavesToItsCustomerByChapterAndTopic() {
        JsonNode view = http.getForObject("/api/customer-responsibilities?provider=nimbus&framework=iso27001-2013", JsonNode.class);
        assertThat(view.get("statements").asInt()).as("18 customer statements and 3 shared ones").isEqualTo(21);
        JsonNode accessControl = view.get("chapters").findParents("chapter").stream()
                .filter(c -> c.get("chapter").asText().equals("A.9")).findFirst().orElseThrow();
        assertThat(accessControl.get("title").asText()).isNotBlank();
        var items = accessControl.findValues("items").stream().flatMap(i -> i.findParents("control").stream()).toList();
        assertThat(items).extracting(i -> i.get("text").asText()).contains(
                "The customer registers and deregisters the user accounts of its tenant.",
                "Nimbus provides multi-factor authentication on the console and the customer enables it for every user.");
        assertThat(items).filteredOn(i -> i.get("text").asText().startsWith("The customer registers"))
                .allSatisfy(i -> assertThat(i.get("clauses").toString()).isEqualTo("[\"iso27001-2013:A.9.2.1\"]"));
        assertThat(items).filteredOn(i -> i.get("text").asText().startsWith("Nimbus provides multi-factor"))
                .allSatisfy(i -> assertThat(i.get("shared").asBoolean()).isTrue());

        String csv = http.getForObject("/api/customer-responsibilities?provider=nimbus&framework=iso27001-2013&format=csv", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("chapter,chapterTitle,topic,topicLabel,control,party,shared");
        assertThat(csv).contains("iso27001-2013:A.9.2.1");

        String page = http.getForObject("/customer/responsibilities?provider=nimbus&framework=iso27001-2013", String.class);
        assertThat(page).contains("<h1>What the customer must do: nimbus × iso27001-2013</h1>", "21 statements",
                "The customer registers and deregisters the user accounts of its tenant.", "iso27001-2013:A.9.2.1", "@media print");
        assertThat(page).as("self-contained").doesNotContain("src=\"http", "href=\"http", "<script", "<link");
        assertThat(http.getForEntity("/customer/responsibilities?provider=nobody&framework=iso27001-2013", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
