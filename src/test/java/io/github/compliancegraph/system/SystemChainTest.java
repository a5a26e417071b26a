package io.github.compliancegraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.imports.MatrixImportTest;
import io.github.compliancegraph.traversal.TraversalFilesTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A three-level chain on real provider data: Outscale's matrix (IaaS), the example platform Cumulus
 * that builds on it (data/examples, its manifest says buildsOn: [outscale]), and the example health-records
 * application declared on Cumulus. Who holds each SecNumCloud 3.2 clause is checked clause by clause
 * against a count made here another way: each provider's statements read with plain Cypher, the chain
 * walked in Java.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("providers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class SystemChainTest {

    static final Path EXAMPLES = Path.of("data/examples");
    public static final String SYSTEM = "health-records-app";
    static final String SNC = "secnumcloud-3.2";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    ObjectMapper json;

    /** Imports the platform example and declares the application on it (the explorer's browser test does too). */
    public static void declareExampleChain(TestRestTemplate http) throws IOException {
        ResponseEntity<JsonNode> platform = MatrixImportTest.upload(http, "/api/imports/responsibility-matrix",
                "cumulus-responsibility-matrix.csv", Files.readAllBytes(EXAMPLES.resolve("cumulus-responsibility-matrix.csv")),
                Files.readAllBytes(EXAMPLES.resolve("cumulus-responsibility-matrix.yaml")));
        assertThat(platform.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> declared = declare(http, Files.readString(EXAMPLES.resolve(SYSTEM + ".system.json")));
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    static ResponseEntity<JsonNode> declare(TestRestTemplate http, String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("importer", "test-only-password").postForEntity("/api/systems", new HttpEntity<>(json, headers),
                JsonNode.class);
    }

    @BeforeAll
    void chain() throws IOException {
        declareExampleChain(http);
    }

    private JsonNode responsibilities() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/systems/{id}/responsibilities?framework={f}", JsonNode.class,
                SYSTEM, SNC);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The system traversals' files, as Neo4j Browser runs them with their examples, answer as the API does. */
    @Test
    void systemTraversalFilesAgreeWithTheirEndpoints() throws IOException {
        for (String name : TraversalFilesTest.SYSTEM_TRAVERSALS) {
            TraversalFilesTest.compare(Path.of("cypher/traversals", name + ".cypher"), driver, http, json);
        }
    }

    @Test
    void theChainIsTheOneDeclared() {
        JsonNode chain = http.getForObject("/api/systems/{id}", JsonNode.class, SYSTEM);
        assertThat(chain.get("providers").toString()).isEqualTo("[\"cumulus\",\"outscale\"]");
        JsonNode edges = chain.get("edges");
        assertThat(edges).hasSize(2);
        assertThat(edges.get(0).get("from").asText()).isEqualTo(SYSTEM);
        assertThat(edges.get(0).get("source").asText()).isEqualTo("api:systems");
        assertThat(edges.get(1).get("from").asText()).isEqualTo("cumulus");
        assertThat(edges.get(1).get("to").asText()).isEqualTo("outscale");
        assertThat(edges.get(1).get("source").asText()).isEqualTo("cumulus-matrix");
    }

    @Test
    void everyClauseIsHeldAsAnIndependentWalkOfTheChainSays() {
        Map<String, String> expected = independentHoldings();
        JsonNode answer = responsibilities();
        Map<String, String> actual = new TreeMap<>();
        answer.get("clauses").forEach(c -> actual.put(c.get("clause").asText(), c.get("holding").asText()));
        assertThat(actual).isEqualTo(expected);

        Map<String, Integer> counts = new TreeMap<>();
        expected.values().forEach(h -> counts.merge(h, 1, Integer::sum));
        Map<String, Integer> totals = new TreeMap<>();
        answer.get("totals").properties().forEach(e -> {
            if (e.getValue().asInt() > 0) {
                totals.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertThat(totals).isEqualTo(counts);
        // the shipped SecNumCloud 3.2 structure: 278 lettered requirements, each once
        assertThat(answer.get("clauses")).hasSize(278);
        // each level holds some, and some are nobody's
        assertThat(counts).containsKeys("provider", "taken-on", "shared", "system", "unclaimed");
    }

    @Test
    void threeHandPickedClausesAndThePathThatDecidedThem() {
        Map<String, JsonNode> byRef = new HashMap<>();
        responsibilities().get("clauses").forEach(c -> byRef.put(c.get("ref").asText(), c));
        // backing up the configuration: Outscale shares it with its client, Cumulus keeps an offline copy of the platform's (CP-043)
        JsonNode taken = byRef.get("17.5.a");
        assertThat(taken.get("holding").asText()).isEqualTo("taken-on");
        assertThat(taken.get("holder").asText()).isEqualTo("cumulus");
        assertThat(taken.get("leftBy").asText()).isEqualTo("outscale");
        assertThat(says(taken)).containsExactly("cumulus: provider", "outscale: shared");
        assertThat(taken.get("decision").asText()).isEqualTo("cumulus takes on what outscale leaves to its customer");
        assertThat(taken.get("path").get(0).get("providerStatements").get(0).get("control").asText()).startsWith("cumulus-matrix:");

        // registering and removing users: Outscale does it for its infrastructure, but Cumulus, the system's own
        // provider, leaves the accounts of its customers' users to them (CP-016): the application's, whatever Outscale does below
        JsonNode yours = byRef.get("9.2.a");
        assertThat(yours.get("holding").asText()).isEqualTo("system");
        assertThat(yours.get("holder").asText()).isEqualTo(SYSTEM);
        assertThat(yours.get("decidedBy").asText()).isEqualTo("cumulus");
        assertThat(says(yours)).containsExactly("cumulus: customer", "outscale: provider");
        assertThat(yours.get("decision").asText()).isEqualTo("cumulus leaves it to its customer: it is yours");
        assertThat(yours.get("path").get(0).get("customerStatements").get(0).get("party").asText()).isEqualTo("cumulus-customer");

        // disciplinary measures: Outscale shares them with its client and Cumulus says nothing: the client's part falls to the application
        JsonNode shared = byRef.get("7.4.b");
        assertThat(shared.get("holding").asText()).isEqualTo("shared");
        assertThat(shared.get("holder").asText()).isEqualTo("outscale");
        assertThat(says(shared)).containsExactly("cumulus: silent", "outscale: shared");
        assertThat(shared.get("path").get(1).get("customerStatements").get(0).get("party").asText()).isEqualTo("client");
    }

    @Test
    void wrongDeclarationsAndQuestionsAreRefusedNamingTheField() {
        // unknown values answer 404 naming the parameter and the valid values, as everywhere in the API
        assertThat(declare(http, "{\"id\": \"x\", \"name\": \"X\", \"buildsOn\": [\"nowhere\"]}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> customer = declare(http, "{\"id\": \"x\", \"name\": \"X\", \"buildsOn\": [\"client\"]}");
        assertThat(customer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(customer.getBody().get("parameter").asText()).isEqualTo("buildsOn");
        assertThat(customer.getBody().toString()).contains("outscale");
        assertThat(declare(http, "{\"id\": \"Bad Id\", \"name\": \"X\", \"buildsOn\": [\"outscale\"]}").getBody().toString()).contains("id");
        assertThat(declare(http, "{\"id\": \"x\", \"buildsOn\": [\"outscale\"]}").getBody().toString()).contains("name");
        assertThat(declare(http, "{\"id\": \"x\", \"name\": \"X\", \"buildsOn\": []}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(declare(http, "{\"id\": \"outscale\", \"name\": \"X\", \"buildsOn\": [\"cumulus\"]}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(declare(http, "not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var anonymous = new HttpHeaders();
        anonymous.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.postForEntity("/api/systems", new HttpEntity<>("{}", anonymous), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/systems/nobody/responsibilities?framework=" + SNC, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/systems/" + SYSTEM + "/responsibilities?framework=nowhere", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // a framework whose catalog is not in the graph has no assessable clause to hold
        assertThat(http.getForEntity("/api/systems/" + SYSTEM + "/responsibilities?framework=hds", String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.getForObject("/api/systems", JsonNode.class).toString()).contains(SYSTEM).doesNotContain("\"x\"");
    }

    /** A matrix whose buildsOn names no provider is refused before anything is written: the chain stays as it was. */
    @Test
    void aMatrixBuildingOnAnUnknownProviderIsRefusedWithNothingWritten() throws IOException {
        ResponseEntity<JsonNode> refused = MatrixImportTest.upload(http, "/api/imports/responsibility-matrix?buildsOn=nowhere",
                "cumulus-responsibility-matrix.csv", Files.readAllBytes(EXAMPLES.resolve("cumulus-responsibility-matrix.csv")),
                Files.readAllBytes(EXAMPLES.resolve("cumulus-responsibility-matrix.yaml")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().get("parameter").asText()).isEqualTo("buildsOn");
        assertThat(http.getForObject("/api/systems/{id}", JsonNode.class, SYSTEM).get("providers").toString())
                .isEqualTo("[\"cumulus\",\"outscale\"]");
    }

    @Test
    void csvHasOneRowPerClauseWithItsDecision() {
        String csv = http.getForObject("/api/systems/{id}/responsibilities?framework={f}&format=csv", String.class, SYSTEM, SNC);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("clause,ref,label,title,chapter,chapterTitle,holding,holder,decision,path");
        assertThat(lines).hasSize(279);
        assertThat(lines).anyMatch(l -> l.startsWith("secnumcloud-3.2:17.5.a,") && l.endsWith(",cumulus: provider > outscale: shared"));
    }

    private static List<String> says(JsonNode clause) {
        var says = new ArrayList<String>();
        clause.get("path").forEach(l -> says.add(l.get("party").asText() + ": " + l.get("says").asText()));
        return says;
    }

    /**
     * Each SecNumCloud clause's holding, computed without the traversal: what each provider's own
     * documents say of each clause (a citation of a clause counting for the clauses under it), then
     * the chain walked from Outscale up to the system.
     */
    private Map<String, String> independentHoldings() {
        Map<String, List<String>> ancestors = new HashMap<>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (cl:Clause {framework: $f, assessable: true})
                    RETURN cl.uid AS uid, [(cl)-[:PART_OF*0..8]->(a:Clause) | a.uid] AS selfAndAbove""", Map.of("f", SNC))
                    .forEachRemaining(r -> ancestors.put(r.get("uid").asString(), r.get("selfAndAbove").asList(v -> v.asString())));
        }
        Map<String, Map<String, String>> says = new LinkedHashMap<>();
        for (String provider : List.of("outscale", "cumulus")) {
            Set<String> providerSide = new HashSet<>();
            Set<String> customerSide = new HashSet<>();
            try (var session = driver.session()) {
                session.run("""
                        MATCH (:Party {id: $p})-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
                        WITH collect(DISTINCT s.id) AS sources
                        MATCH (party:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[m:MAPS_TO]->(cited:Clause {framework: $f})
                        WHERE c.source IN sources AND m.resolution <> 'family'
                        RETURN party.id AS party, party.role AS role, cited.uid AS cited""", Map.of("p", provider, "f", SNC))
                        .forEachRemaining(r -> {
                            if (r.get("party").asString().equals(provider)) {
                                providerSide.add(r.get("cited").asString());
                            } else if (r.get("role").asString().equals("customer")) {
                                customerSide.add(r.get("cited").asString());
                            }
                        });
            }
            var byClause = new HashMap<String, String>();
            ancestors.forEach((uid, above) -> {
                boolean done = above.stream().anyMatch(providerSide::contains);
                boolean left = above.stream().anyMatch(customerSide::contains);
                byClause.put(uid, done && left ? "shared" : done ? "provider" : left ? "customer" : "silent");
            });
            says.put(provider, byClause);
        }
        // read from the top: the nearest provider that says anything decides; one doing it passes it down the chain
        Map<String, String> holdings = new TreeMap<>();
        for (String uid : ancestors.keySet()) {
            String top = says.get("cumulus").get(uid);
            String bottom = says.get("outscale").get(uid);
            String speaking = top.equals("silent") ? bottom : top;
            String holding = switch (speaking) {
                case "customer" -> "system";
                case "shared" -> "shared";
                case "provider" -> top.equals("provider") && (bottom.equals("customer") || bottom.equals("shared")) ? "taken-on" : "provider";
                default -> "unclaimed";
            };
            holdings.put(uid, holding);
        }
        return holdings;
    }
}
