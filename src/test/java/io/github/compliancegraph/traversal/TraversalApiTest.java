package io.github.compliancegraph.traversal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.web.AnswersTraversal;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the traversal API on the imported documents, error cases included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TraversalApiTest {

    static final String FLAGSHIP = "/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;
    @Autowired
    TraversalCatalog catalog;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private JsonNode get(String url) {
        ResponseEntity<JsonNode> response = http.getForEntity(url, JsonNode.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode problem(String url, HttpStatus status) {
        ResponseEntity<JsonNode> response = http.getForEntity(url, JsonNode.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().toString()).doesNotContain("Exception", "\tat ");
        return response.getBody();
    }

    private static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private boolean exists(String id) {
        try (var session = driver.session()) {
            return session.run("MATCH (n) WHERE n.uid = $id OR n.id = $id RETURN count(n) > 0 AS found", Map.of("id", id))
                    .single().get("found").asBoolean();
        }
    }

    @Test
    void flagshipFindsTheSecNumCloudKeyProtectionClauses() {
        JsonNode rows = get(FLAGSHIP).get("rows");
        List<String> clauses = texts(rows, "clause");
        assertThat(clauses).contains("secnumcloud-3.2:10.5.a", "secnumcloud-3.2:10.5.b", "secnumcloud-3.2:10.5.c", "secnumcloud-3.2:10.5.d");
        assertThat(clauses).noneMatch(c -> c.startsWith("secnumcloud-3.2:11.") || c.startsWith("secnumcloud-3.2:7."));
        rows.forEach(row -> {
            assertThat(row.get("link").asText()).isIn("direct", "boundary", "framework");
            assertThat(row.get("path")).isNotEmpty();
            row.get("path").forEach(node -> assertThat(exists(node.asText())).as("path node %s", node).isTrue());
            row.get("controls").forEach(c -> assertThat(row.get("path").toString()).contains(c.asText().substring(0, 10)));
            assertThat(row.get("path").get(row.get("path").size() - 1).asText()).isEqualTo("secnumcloud-3.2");
        });
        List<String> links = texts(rows, "link");
        assertThat(links).isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    private static int rank(String link) {
        return switch (link) {
            case "direct" -> 0;
            case "framework" -> 1;
            default -> 2;
        };
    }

    @Test
    void twoFactorStatementAppearsAsFrameworkLinkExactlyWhenTaggedKeyManagement() {
        boolean tagged;
        try (var session = driver.session()) {
            tagged = session.run("""
                    MATCH (c:Control)-[:ABOUT]->(:Topic {id: 'key-management'})
                    WHERE c.text CONTAINS 'double facteur' RETURN count(c) > 0 AS tagged""").single().get("tagged").asBoolean();
        }
        boolean frameworkRow = texts(get(FLAGSHIP).get("rows"), "link").contains("framework");
        assertThat(frameworkRow).isEqualTo(tagged);
        JsonNode authentication = get("/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=authentication").get("rows");
        assertThat(authentication).anySatisfy(row -> {
            assertThat(row.get("clause").asText()).isEqualTo("secnumcloud-3.2");
            assertThat(row.get("link").asText()).isEqualTo("framework");
            assertThat(row.get("parties").toString()).contains("client");
        });
    }

    @Test
    void directLinksComeFromThePartysOwnControls() {
        JsonNode rows = get("/api/traversals/clauses-touching?framework=iso27001-2013&party=outscale&topic=key-management").get("rows");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("clause").asText()).isEqualTo("iso27001-2013:A.10.1.2");
            assertThat(row.get("link").asText()).isEqualTo("direct");
            assertThat(row.get("path").get(0).asText()).isEqualTo("outscale");
        });
    }

    @Test
    void searchForCleFindsCryptographicAndAccessKeys() {
        JsonNode rows = get("/api/search?q=clé").get("rows");
        var statements = new ArrayList<JsonNode>();
        rows.forEach(r -> {
            if (r.get("kind").asText().equals("statement")) {
                statements.add(r);
            }
        });
        List<String> found = statements.stream().map(r -> r.get("text").asText()).toList();
        assertThat(found).anyMatch(t -> t.contains("clés cryptographiques"));
        assertThat(found).anyMatch(t -> t.contains("Clés d'accès") || t.contains("Clés d'Accès"));
        assertThat(found).anyMatch(t -> t.contains("la clé de chiffrement"));
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("topic");
        assertThat(rows.get(0).get("id").asText()).isEqualTo("key-management");
        assertThat(texts(get("/api/search?q=encryption").get("rows"), "id")).as("English topic label").contains("encryption");
    }

    @Test
    void frameworksAndOneFramework() {
        JsonNode rows = get("/api/frameworks").get("rows");
        assertThat(texts(rows, "id")).containsExactly("fedramp-high-r4", "fedramp-low-r4", "fedramp-moderate-r4", "hds", "iso27001-2013",
                "mars-e-2.0", "nist-sp800-53-r4", "secnumcloud-3.2");
        JsonNode iso = get("/api/frameworks/iso27001-2013");
        assertThat(iso.get("catalogClauses").asInt()).isEqualTo(198);
        JsonNode marsE = get("/api/frameworks/mars-e-2.0");
        assertThat(marsE.get("related").toString()).contains("DERIVED_FROM", "nist-sp800-53-r4", "EVIDENCE_FOR");
        assertThat(problem("/api/frameworks/nope", HttpStatus.NOT_FOUND).get("validValues").toString()).contains("secnumcloud-3.2");
    }

    @Test
    void secNumCloudShipsItsRequirementsAndCoverageCountsThem() {
        assertThat(get("/api/frameworks/secnumcloud-3.2").get("catalogClauses").asInt())
                .as("15 chapters, 100 sub-chapters, 278 requirements").isEqualTo(393);
        JsonNode coverage = get("/api/coverage/secnumcloud-3.2?limit=1000");
        JsonNode overall = coverage.get("overall");
        assertThat(overall.get("clauses").asInt()).isEqualTo(278);
        JsonNode clauses = coverage.get("clauses");
        assertThat(texts(clauses, "ref")).hasSize(278).doesNotHaveDuplicates()
                .allSatisfy(ref -> assertThat(ref).matches("\\d+(\\.\\d+)+\\.[a-z]"));
        assertThat(texts(coverage.get("chapters"), "chapter"))
                .containsExactly("5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19");
        assertThat(coverage.get("chapters").get(5).get("title").asText()).isEqualTo("Cryptography");
        assertThat(clauses).filteredOn(c -> c.get("ref").asText().equals("10.5.c")).singleElement().satisfies(c -> {
            assertThat(c.get("status").asText()).isEqualTo("provider");
            assertThat(c.get("parties").toString()).isEqualTo("[\"outscale\"]");
            assertThat(c.get("controls").toString()).contains("outscale-matrix:13:outscale:");
        });
        // cited by an Outscale statement and by client statements; 17.6.a through its sub-chapter, which both cite
        for (String ref : List.of("8.3.b", "17.6.a")) {
            assertThat(clauses).filteredOn(c -> c.get("ref").asText().equals(ref)).singleElement().satisfies(c -> {
                assertThat(c.get("status").asText()).as(ref).isEqualTo("shared");
                assertThat(c.get("parties").toString()).as(ref).contains("\"client\"", "\"outscale\"");
            });
        }
        JsonNode counts = overall.get("counts");
        int total = 0;
        for (String status : List.of("provider", "customer", "shared", "attested", "mapped", "gap")) {
            total += counts.get(status).asInt();
        }
        assertThat(total).isEqualTo(278);
        assertThat(counts.toString()).as("README, Coverage").isEqualTo("{\"provider\":167,\"customer\":1,\"shared\":10,\"attested\":0,\"mapped\":0,\"gap\":100}");
        assertThat(overall.get("covered").asDouble()).isEqualTo(64.0);
    }

    @Test
    void overviewNoLongerSaysSecNumCloudHasNoCatalog() {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        String page = http.exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
        String row = page.substring(page.indexOf("data-framework=\"secnumcloud-3.2\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).doesNotContain("no catalog").contains("<td class=\"num\" data-status=\"clauses\">278</td>").contains(" %");
        assertThat(page).contains("no catalog"); // HDS, cited but not shipped, still has none
    }

    @Test
    void clausesAsATreeWithCountsByParty() {
        JsonNode body = get("/api/frameworks/iso27001-2013/clauses");
        JsonNode roots = body.get("clauses");
        assertThat(texts(roots, "ref")).containsExactly("4", "5", "6", "7", "8", "9", "10", "A.5", "A.6", "A.7", "A.8",
                "A.9", "A.10", "A.11", "A.12", "A.13", "A.14", "A.15", "A.16", "A.17", "A.18");
        JsonNode a9 = roots.get(11);
        assertThat(a9.get("ref").asText()).isEqualTo("A.9");
        JsonNode a921 = a9.get("children").get(1).get("children").get(0);
        assertThat(a921.get("uid").asText()).isEqualTo("iso27001-2013:A.9.2.1");
        assertThat(a921.get("controlsByParty").toString()).contains("\"party\":\"outscale\",\"controls\":1");
        String csv = http.getForObject("/api/frameworks/iso27001-2013/clauses?format=csv", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("uid,ref,label,title,parent,inCatalog,controlsByParty");
        assertThat(csv.lines().count()).isEqualTo(1 + 198 + 3);
    }

    @Test
    void oneClauseWithItsControlsAndCoCitedClauses() {
        JsonNode clause = get("/api/clauses/iso27001-2013:A.9.2.1");
        assertThat(clause.get("title").asText()).isNotBlank();
        assertThat(clause.get("controls")).singleElement().satisfies(c -> assertThat(c.get("party").asText()).isEqualTo("outscale"));
        assertThat(texts(clause.get("coCited"), "clause")).containsExactly("secnumcloud-3.2:9.2.a");
        problem("/api/clauses/iso27001-2013:Z.1", HttpStatus.NOT_FOUND);
    }

    @Test
    void controlsFilteredAndPaged() {
        JsonNode client = get("/api/controls?party=client&limit=1000").get("rows");
        assertThat(client).hasSize(53);
        JsonNode crypto = get("/api/controls?section=13&party=outscale").get("rows");
        assertThat(crypto).allSatisfy(r -> assertThat(r.get("section").asText()).isEqualTo("13"));
        assertThat(get("/api/controls?framework=hds&topic=logging-monitoring").get("rows"))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("mapsTo").toString()).contains("hds:");
                    assertThat(r.get("topics").toString()).contains("logging-monitoring");
                });
        assertThat(get("/api/controls?q=AK/SK").get("rows")).hasSize(1);
        assertThat(get("/api/controls?limit=5&skip=5").get("rows")).hasSize(5);
        assertThat(problem("/api/controls?limit=5000", HttpStatus.BAD_REQUEST).get("parameter").asText()).isEqualTo("limit");
        assertThat(problem("/api/controls?skip=-1", HttpStatus.BAD_REQUEST).get("parameter").asText()).isEqualTo("skip");
        assertThat(problem("/api/controls?topic=nope", HttpStatus.NOT_FOUND).get("validValues").toString()).contains("key-management");
        assertThat(problem("/api/controls?colour=red", HttpStatus.BAD_REQUEST).get("parameter").asText()).isEqualTo("colour");
        assertThat(problem("/api/controls?q=" + "x".repeat(600), HttpStatus.BAD_REQUEST).get("parameter").asText()).isEqualTo("q");
        String csv = http.getForObject("/api/controls?party=client&format=csv&limit=1000", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("uid,party,source,section");
        problem("/api/controls?format=xml", HttpStatus.BAD_REQUEST);
    }

    @Test
    void partiesAndResponsibilities() {
        assertThat(texts(get("/api/parties").get("rows"), "id")).contains("outscale", "client", "microsoft", "microsoft-customer");
        JsonNode keys = get("/api/parties/client/responsibilities?topic=key-management").get("rows");
        assertThat(keys).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("party").asText()).isEqualTo("client");
            assertThat(r.get("topics").toString()).contains("key-management");
        });
        assertThat(get("/api/parties/outscale/responsibilities?framework=secnumcloud-3.2&limit=1000").get("rows"))
                .allSatisfy(r -> assertThat(r.get("mapsTo").toString()).contains("secnumcloud-3.2"));
        assertThat(problem("/api/parties/nobody/responsibilities", HttpStatus.NOT_FOUND).get("validValues").toString()).contains("outscale");
    }

    @Test
    void topicsAreBilingualWithTheirRules() {
        JsonNode topics = get("/api/topics").get("rows");
        assertThat(topics.size()).isGreaterThanOrEqualTo(17);
        assertThat(topics).anySatisfy(t -> {
            assertThat(t.get("id").asText()).isEqualTo("key-management");
            assertThat(t.get("labelFr").asText()).isEqualTo("Gestion des clés");
            assertThat(t.get("keywordsEn").toString()).contains("AK/SK");
            assertThat(t.get("controls").asInt()).isPositive();
        });
    }

    @Test
    void traversalsAreListedWithTheirParameters() {
        JsonNode list = get("/api/traversals");
        assertThat(texts(list, "name")).contains("clauses-touching", "controls", "search", "frameworks");
        assertThat(list).anySatisfy(t -> {
            assertThat(t.get("name").asText()).isEqualTo("clauses-touching");
            assertThat(texts(t.get("parameters"), "name")).containsExactly("framework", "party", "topic");
            assertThat(t.get("parameters").get(0).get("required").asBoolean()).isTrue();
            assertThat(t.get("purpose").asText()).contains("boundary");
        });
    }

    @Test
    void badInputNamesTheParameterAndNeverFails() {
        assertThat(problem("/api/traversals/nope", HttpStatus.NOT_FOUND).get("validValues").toString()).contains("clauses-touching");
        assertThat(problem("/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client", HttpStatus.BAD_REQUEST)
                .get("parameter").asText()).isEqualTo("topic");
        assertThat(problem("/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=ghost&topic=key-management", HttpStatus.NOT_FOUND)
                .get("validValues").toString()).contains("client");
        assertThat(problem("/api/search?mode=lucene&q=cl%C3%A9%20AND%20(", HttpStatus.BAD_REQUEST).get("parameter").asText()).isEqualTo("q");
        problem("/api/search", HttpStatus.BAD_REQUEST);
        problem("/api/controls?party=' OR 1=1 //", HttpStatus.NOT_FOUND);
        assertThat(get("/api/controls?q=' RETURN 1 //").get("rows")).isEmpty();
    }

    @Test
    void apiDocumentation() {
        JsonNode paths = get("/v3/api-docs").get("paths");
        assertThat(paths.toString()).contains("/api/traversals/{name}", "/api/search");
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()
                || http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
        JsonNode name = paths.at("/~1api~1traversals~1{name}/get/parameters/0");
        assertThat(texts(name.at("/schema/enum"))).as("the names GET /api/traversals lists")
                .isEqualTo(catalog.all().stream().map(Traversal::name).toList());
        assertThat(name.get("description").asText()).contains("GET /api/traversals");
        assertThat(paths.at("/~1api~1controls/get/summary").asText()).endsWith("(traversal: controls)");
        // the framework comes from the path, and gaps are status gap whatever the query says
        assertThat(texts(paths.at("/~1api~1coverage~1{framework}/get/parameters"), "name"))
                .containsExactly("framework", "party", "status", "skip", "limit", "format");
        assertThat(texts(paths.at("/~1api~1gaps~1{framework}/get/parameters"), "name"))
                .containsExactly("framework", "party", "skip", "limit", "format");
    }

    /**
     * Every handler answering from a traversal documents the header's parameters it takes from the
     * query string as the header declares them, and besides them only those it reads itself: a
     * header change the document missed, or a parameter declared for show, fails here.
     */
    @Test
    void everyTraversalBackedEndpointDocumentsItsHeader() {
        JsonNode paths = get("/v3/api-docs").get("paths");
        var checked = new TreeSet<String>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            AnswersTraversal answers = handler.getMethodAnnotation(AnswersTraversal.class);
            if (answers == null) {
                return;
            }
            List<String> setByHandler = List.of(answers.setByHandler());
            List<TraversalParameter> fromQuery = catalog.find(answers.value()).orElseThrow().parameters().stream()
                    .filter(p -> !setByHandler.contains(p.name())).toList();
            List<String> names = fromQuery.stream().map(TraversalParameter::name).toList();
            List<String> own = Arrays.stream(handler.getMethod().getParameters())
                    .filter(p -> p.isAnnotationPresent(RequestParam.class) && !Map.class.isAssignableFrom(p.getType()))
                    .map(java.lang.reflect.Parameter::getName).filter(n -> !names.contains(n)).toList();
            for (String path : mapping.getPatternValues()) {
                List<JsonNode> query = new ArrayList<>();
                paths.get(path).get("get").get("parameters").forEach(p -> {
                    if (p.get("in").asText().equals("query")) {
                        query.add(p);
                    }
                });
                assertThat(query.stream().filter(p -> names.contains(p.get("name").asText())).map(TraversalApiTest::documented))
                        .as(path).containsExactlyInAnyOrderElementsOf(fromQuery.stream().map(TraversalApiTest::declared).toList());
                assertThat(query.stream().map(p -> p.get("name").asText())).as(path + ": the header's and the handler's own")
                        .containsExactlyInAnyOrderElementsOf(Stream.concat(names.stream(), own.stream()).toList());
                checked.add(path);
            }
        });
        assertThat(checked).contains("/api/controls", "/api/coverage/{framework}", "/api/gaps/{framework}", "/api/crosswalk",
                "/api/search", "/api/frameworks", "/api/parties/{id}/responsibilities", "/api/completeness", "/api/compare",
                "/api/export/oscal-ssp");
    }

    /** A parameter as its header declares it; ids are strings that say what they name. */
    private static String declared(TraversalParameter p) {
        String type = switch (p.type()) {
            case "integer" -> "integer";
            case "string", "fulltext" -> "string";
            default -> "string, " + p.type() + " id";
        };
        // as JSON writes it: a number for an integer, else a string
        String defaultValue = p.defaultValue() == null || p.type().equals("integer") ? p.defaultValue() : '"' + p.defaultValue() + '"';
        return String.join(" | ", p.name(), type, p.required() ? "required" : "optional", "default " + defaultValue,
                p.min() + ".." + p.max(), p.description());
    }

    /** A documented parameter, written as {@link #declared} writes the header's. */
    private static String documented(JsonNode p) {
        JsonNode schema = p.get("schema");
        String type = schema.get("type").asText() + (schema.has("description") ? ", " + schema.get("description").asText() : "");
        return String.join(" | ", p.get("name").asText(), type, p.path("required").asBoolean() ? "required" : "optional",
                "default " + (schema.has("default") ? schema.get("default").toString() : null),
                schema.path("minimum").asText("null") + ".." + schema.path("maximum").asText("null"), p.path("description").asText());
    }
}
