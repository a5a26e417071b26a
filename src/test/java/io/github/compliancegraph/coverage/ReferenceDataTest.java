package io.github.compliancegraph.coverage;

import static io.github.compliancegraph.ReferenceFiles.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.ReferenceFiles;
import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.imports.BundledSources;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.cisoassistant.CisoAssistantLibraryParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Catalogs, profiles and mapping sets from the public reference files, then coverage and
 * crosswalks over them. Skipped, saying why, where ../shared/reference is absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("reference-data")
@EnabledIf(value = "io.github.compliancegraph.ReferenceFiles#present", disabledReason = "reference files absent (../shared/reference)")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDataTest {

    @Autowired
    Importers catalogs;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    ImportService imports;
    @Autowired
    BundledSources bundled;
    @Autowired
    Driver driver;
    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    ObjectMapper apiJson;
    private final Map<String, ImportReport> reports = new LinkedHashMap<>();

    @BeforeAll
    void importReferenceFiles() throws IOException {
        String oscal = "oscal/nist-sp800-53-r4/";
        reports.put("catalog", catalogs.importFile("oscal-catalog", "rev4 catalog", read(oscal + "NIST_SP-800-53_rev4_catalog-min.json"),
                Map.of("framework", "nist-sp800-53-r4")));
        for (String level : List.of("LOW", "MODERATE", "HIGH")) {
            reports.put("nist-" + level, catalogs.importFile("oscal-profile", level,
                    read(oscal + "NIST_SP-800-53_rev4_" + level + "-baseline_profile.json"), Map.of("framework", "nist-sp800-53-r4-" + level.toLowerCase())));
            reports.put("fedramp-" + level, catalogs.importFile("oscal-profile", level,
                    read("oscal/fedramp-r4/FedRAMP_rev4_" + level + "-baseline_profile.json"), Map.of("framework", "fedramp-" + level.toLowerCase() + "-r4")));
        }
        for (String library : List.of("secnumcloud-3.2.yaml", "iso27001-2013.yaml", "iso27001-2022.yaml", "nist-sp-800-53-rev5.yaml",
                "mapping-secnumcloud-3.2-to-iso27001-2022.yaml", "mapping-iso27001-2013-to-iso27001-2022.yaml",
                "mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml")) {
            reports.put(library, catalogs.importFile("ciso-assistant", library, read("ciso-assistant/" + library), Map.of()));
        }
    }

    private List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list(r -> r.asMap());
        }
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return (long) query(cypher, parameters).get(0).values().iterator().next();
    }

    @Test
    @Order(1)
    void nistRev4CatalogHasItsControlsEnhancementsAndWithdrawnOnes() throws IOException {
        JsonNode catalog = json.readTree(read("oscal/nist-sp800-53-r4/NIST_SP-800-53_rev4_catalog-min.json"));
        int withdrawn = 0;
        for (JsonNode control : controlsUnder(catalog.path("catalog"))) {
            for (JsonNode prop : iterable(control.path("props"))) {
                if (prop.path("name").asText().equals("status") && prop.path("value").asText().equalsIgnoreCase("withdrawn")) {
                    withdrawn++;
                }
            }
        }
        assertThat(count("MATCH (c:Clause {framework: 'nist-sp800-53-r4'}) WHERE c.ref =~ '[A-Z]{2}-[0-9]+' RETURN count(c)", Map.of())).isEqualTo(256);
        assertThat(count("MATCH (c:Clause {framework: 'nist-sp800-53-r4'}) WHERE c.ref CONTAINS '(' RETURN count(c)", Map.of())).isEqualTo(666);
        assertThat(count("MATCH (c:Clause {framework: 'nist-sp800-53-r4', withdrawn: true}) RETURN count(c)", Map.of())).isEqualTo(withdrawn);
        assertThat(withdrawn).isPositive();
        assertThat(count("""
                MATCH (:Clause {uid: 'nist-sp800-53-r4:AC-3(1)', withdrawn: true})-[:PART_OF]->(:Clause {uid: 'nist-sp800-53-r4:AC-3'})
                      -[:PART_OF]->(:Clause {uid: 'nist-sp800-53-r4:AC'})-[:PART_OF]->(:Framework {id: 'nist-sp800-53-r4'})
                RETURN count(*)""", Map.of())).isEqualTo(1);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        var nodes = new ArrayList<JsonNode>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** Every control and enhancement, however deep in groups and controls. */
    private static List<JsonNode> controlsUnder(JsonNode node) {
        var found = new ArrayList<JsonNode>();
        for (JsonNode group : iterable(node.path("groups"))) {
            found.addAll(controlsUnder(group));
        }
        for (JsonNode control : iterable(node.path("controls"))) {
            found.add(control);
            found.addAll(controlsUnder(control));
        }
        return found;
    }

    @Test
    @Order(2)
    void eachBaselineSelectsExactlyTheControlsItsFileLists() throws IOException {
        for (String level : List.of("LOW", "MODERATE", "HIGH")) {
            check("nist-sp800-53-r4-" + level.toLowerCase(), "oscal/nist-sp800-53-r4/NIST_SP-800-53_rev4_" + level + "-baseline_profile.json");
            check("fedramp-" + level.toLowerCase() + "-r4", "oscal/fedramp-r4/FedRAMP_rev4_" + level + "-baseline_profile.json");
        }
        assertThat(count("""
                MATCH (:Service {id: 'azure'})-[:AUDITED_AGAINST]->(:Framework {id: 'fedramp-moderate-r4'})<-[:PART_OF*]-(:Clause)
                      -[:MAPS_TO {source: 'profile'}]->(c:Clause {framework: 'nist-sp800-53-r4'})
                RETURN count(DISTINCT c)""", Map.of())).as("Azure's FedRAMP Moderate evidence reaches rev 4 controls").isEqualTo(325);
    }

    private void check(String profile, String file) throws IOException {
        Set<String> listed = new HashSet<>();
        json.readTree(read(file)).path("profile").path("imports").forEach(i ->
                i.path("include-controls").forEach(ic -> ic.path("with-ids").forEach(id -> listed.add(id.asText()))));
        var selected = query("""
                MATCH (:Clause {framework: $profile})-[:MAPS_TO {source: 'profile'}]->(c:Clause {framework: 'nist-sp800-53-r4'})
                RETURN c.sourceId AS id""", Map.of("profile", profile)).stream().map(r -> (String) r.get("id")).toList();
        assertThat(selected).as(profile).doesNotHaveDuplicates();
        assertThat(new HashSet<>(selected)).as(profile).isEqualTo(listed);
    }

    /** The refs of the shipped SecNumCloud catalog's requirements (the assessable ones). */
    private static List<String> shippedSecNumCloudRequirements() {
        return new ShippedCatalogs().catalogs().stream().filter(c -> c.framework().id().equals("secnumcloud-3.2"))
                .flatMap(c -> c.clauses().stream()).filter(CatalogClause::assessable).map(CatalogClause::ref).toList();
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void secNumCloudCatalogFillsTheMatrixCitationsWithoutDuplicates() throws IOException {
        assertThat(count("MATCH (c:Clause {framework: 'secnumcloud-3.2'}) RETURN count(c)", Map.of()))
                .isEqualTo(count("MATCH (c:Clause {framework: 'secnumcloud-3.2'}) RETURN count(DISTINCT c.uid)", Map.of()))
                .isEqualTo(count("MATCH (c:Clause {framework: 'secnumcloud-3.2'}) RETURN count(DISTINCT c.ref)", Map.of()));
        // the library landed on the shipped clauses (same uids) and beside them: one clause per library node
        Catalog library = new CisoAssistantLibraryParser().parse(new String(read("ciso-assistant/secnumcloud-3.2.yaml"),
                StandardCharsets.UTF_8)).frameworks().get(0);
        assertThat(count("MATCH (c:Clause {framework: 'secnumcloud-3.2', inCatalog: true}) RETURN count(c)", Map.of()))
                .isEqualTo(library.clauses().size());
        assertThat(count("MATCH (c:Clause {framework: 'secnumcloud-3.2', assessable: true}) RETURN count(c)", Map.of()))
                .as("the library's assessable nodes, which replace the shipped flags").isEqualTo(412);
        List<String> requirements = shippedSecNumCloudRequirements();
        assertThat(requirements).hasSize(278);
        var filled = query("""
                MATCH (c:Clause {framework: 'secnumcloud-3.2', inCatalog: true})
                WHERE c.ref IN $refs AND c.sourceId STARTS WITH 'urn:intuitem:risk:req_node:secnumcloud-3.2:'
                RETURN count(c) AS requirements, count(c.title) AS withText,
                       count(CASE WHEN c.title IS NULL AND NOT EXISTS { (c)<-[:PART_OF]-(item:Clause) WHERE item.title IS NOT NULL }
                                  THEN 1 END) AS wordless""", Map.of("refs", requirements)).get(0);
        assertThat(filled).as("every shipped requirement has the library's text, or sub-items holding it (7.1.a, 19.6.b...)")
                .containsEntry("requirements", 278L).containsEntry("withText", 271L).containsEntry("wordless", 0L);
        assertThat(query("MATCH (c:Clause {uid: 'secnumcloud-3.2:10.5.c'}) RETURN coalesce(c.text, c.title) AS text", Map.of()).get(0).get("text"))
                .asString().startsWith("Le prestataire doit protéger");
        assertThat(count("""
                MATCH (:Control {source: 'outscale-matrix'})-[m:MAPS_TO]->(c:Clause {framework: 'secnumcloud-3.2', inCatalog: true})
                WHERE c.uid = 'secnumcloud-3.2:10.5.c' AND m.resolution = 'exact' RETURN count(*)""", Map.of())).isEqualTo(1);
        long landed = count("MATCH (:Control)-[:MAPS_TO]->(c:Clause {framework: 'secnumcloud-3.2', inCatalog: true}) RETURN count(*)", Map.of());
        var missing = reports.get("secnumcloud-3.2.yaml").citedButNotInCatalog();
        long notLanded = count("MATCH (:Control)-[m:MAPS_TO {resolution: 'not-in-catalog'}]->(c:Clause {framework: 'secnumcloud-3.2', inCatalog: false}) RETURN count(*)", Map.of());
        assertThat(landed).isPositive();
        assertThat(missing).hasSize((int) notLanded);
        assertThat(landed + notLanded).isEqualTo(count("MATCH (:Control)-[:MAPS_TO]->(c:Clause {framework: 'secnumcloud-3.2'}) RETURN count(*)", Map.of()));
        assertThat(count("MATCH (:Control)-[:MAPS_TO {resolution: 'uncatalogued'}]->(:Clause {framework: 'secnumcloud-3.2'}) RETURN count(*)", Map.of())).isZero();
    }

    @Test
    @Order(3)
    void iso2013LibraryFillsTheShippedCatalogWithoutDuplicates() {
        assertThat(count("MATCH (c:Clause {framework: 'iso27001-2013', inCatalog: true}) RETURN count(c)", Map.of()))
                .as("the 198 shipped clauses plus the library's two headings").isEqualTo(200);
        assertThat(count("MATCH (c:Clause {framework: 'iso27001-2013'}) WHERE count { (c)-[:PART_OF]->() } <> 1 RETURN count(c)", Map.of()))
                .as("every clause has one parent").isZero();
        assertThat(count("""
                MATCH (:Control {source: 'outscale-matrix', referenceCell: 'ISO – A9.2.1 SNC – 9.2 a)'})-[:MAPS_TO]->(:Clause {uid: 'iso27001-2013:A.9.2.1', inCatalog: true})
                RETURN count(*)""", Map.of())).isEqualTo(1);
    }

    @Test
    @Order(4)
    void secNumCloudCoverageMatchesAnIndependentCount() {
        JsonNode coverage = http.getForObject("/api/coverage/secnumcloud-3.2", JsonNode.class);
        Map<String, Map<String, Integer>> expected = independentCoverage("secnumcloud-3.2");
        Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
        coverage.get("chapters").forEach(c -> {
            Map<String, Integer> counts = new HashMap<>();
            c.get("counts").fields().forEachRemaining(e -> {
                if (e.getValue().asInt() > 0) {
                    counts.put(e.getKey(), e.getValue().asInt());
                }
            });
            actual.put(c.get("chapter").asText(), counts);
        });
        assertThat(actual).isEqualTo(expected);
        assertThat(coverage.get("overall").get("clauses").asInt()).isEqualTo(
                (int) count("MATCH (c:Clause {framework: 'secnumcloud-3.2', assessable: true}) RETURN count(c)", Map.of()));
        System.out.println("SecNumCloud 3.2 coverage: " + coverage.get("overall"));
    }

    /** Status per assessable clause, worked out here with plain queries and a breadth-first walk in Java. */
    private Map<String, Map<String, Integer>> independentCoverage(String framework) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (var row : query("""
                MATCH (p:Party)-[:RESPONSIBLE_FOR]->(:Control)-[:MAPS_TO]->(cited:Clause {framework: $f})
                RETURN cited.uid AS uid, collect(DISTINCT p.role) AS roles""", Map.of("f", framework))) {
            roles.put((String) row.get("uid"), new HashSet<>((List<String>) row.get("roles")));
        }
        Set<String> citedAnywhere = new HashSet<>();
        query("MATCH (:Control)-[:MAPS_TO]->(c:Clause) RETURN DISTINCT c.uid AS uid", Map.of()).forEach(r -> citedAnywhere.add((String) r.get("uid")));
        Map<String, List<String[]>> links = new HashMap<>();
        query("""
                MATCH (a:Clause)-[m:MAPS_TO]->(b:Clause) WHERE m.relationship <> 'no-relationship'
                RETURN a.uid AS a, b.uid AS b, a.framework AS fa, b.framework AS fb""", Map.of()).forEach(r -> {
            links.computeIfAbsent((String) r.get("a"), k -> new ArrayList<>()).add(new String[] {(String) r.get("b"), (String) r.get("fb")});
            links.computeIfAbsent((String) r.get("b"), k -> new ArrayList<>()).add(new String[] {(String) r.get("a"), (String) r.get("fa")});
        });
        Map<String, Map<String, Integer>> chapters = new LinkedHashMap<>();
        for (var row : query("""
                MATCH (c:Clause {framework: $f, assessable: true}) WHERE NOT coalesce(c.withdrawn, false)
                MATCH (c)-[:PART_OF*0..8]->(top:Clause) WHERE NOT (top)-[:PART_OF]->(:Clause)
                OPTIONAL MATCH (c)-[:PART_OF*0..8]->(anc:Clause)
                RETURN c.uid AS uid, top.ref AS chapter, collect(anc.uid) AS selfAndAncestors""", Map.of("f", framework))) {
            Set<String> r = new HashSet<>();
            ((List<String>) row.get("selfAndAncestors")).forEach(u -> r.addAll(roles.getOrDefault(u, Set.of())));
            String status = r.contains("provider") && r.contains("customer") ? "shared"
                    : r.contains("provider") ? "provider" : !r.isEmpty() ? "customer"
                    : reachesCitedClause((String) row.get("uid"), framework, links, citedAnywhere) ? "mapped" : "gap";
            chapters.computeIfAbsent((String) row.get("chapter"), k -> new HashMap<>()).merge(status, 1, Integer::sum);
        }
        return chapters;
    }

    private static boolean reachesCitedClause(String start, String framework, Map<String, List<String[]>> links, Set<String> cited) {
        record Step(String uid, int hops) {
        }
        var queue = new ArrayDeque<Step>(List.of(new Step(start, 0)));
        var seen = new HashSet<String>(Set.of(start));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (step.hops == 3) {
                continue;
            }
            for (String[] next : links.getOrDefault(step.uid, List.of())) {
                if (!next[1].equals(framework) && cited.contains(next[0])) {
                    return true;
                }
                if (seen.add(next[0])) {
                    queue.add(new Step(next[0], step.hops + 1));
                }
            }
        }
        return false;
    }

    @Test
    @Order(4)
    void coverageForOnePartyCountsOnlyItsControls() {
        JsonNode client = http.getForObject("/api/coverage/secnumcloud-3.2?party=client", JsonNode.class);
        assertThat(client.get("overall").get("counts").get("provider").asInt()).isZero();
        assertThat(client.get("overall").get("counts").get("shared").asInt()).isZero();
        assertThat(client.get("overall").get("counts").get("customer").asInt()).isPositive();
        assertThat(client.get("clauses")).allSatisfy(c -> assertThat(c.get("parties").toString()).doesNotContain("outscale"));
        JsonNode gaps = http.getForObject("/api/gaps/secnumcloud-3.2", JsonNode.class);
        assertThat(gaps.get("rows")).hasSize(http.getForObject("/api/coverage/secnumcloud-3.2", JsonNode.class)
                .get("overall").get("counts").get("gap").asInt());
    }

    @Test
    @Order(5)
    void crosswalkFromIso2013ToSecNumCloudUsesCoCitations() {
        JsonNode rows = http.getForObject("/api/crosswalk?from=iso27001-2013&to=secnumcloud-3.2&maxHops=1", JsonNode.class).get("rows");
        assertThat(rows).isNotEmpty();
        assertThat(rows).anySatisfy(r -> assertThat(r.get("via").toString()).contains("co-citation"));
        Set<String> pathNodes = new HashSet<>();
        rows.forEach(r -> r.get("path").forEach(n -> pathNodes.add(n.asText())));
        assertThat(count("MATCH (c:Clause) WHERE c.uid IN $uids RETURN count(c)", Map.of("uids", List.copyOf(pathNodes))))
                .isEqualTo(pathNodes.size());
    }

    @Test
    @Order(6)
    void crosswalkFromNistRev5ToSecNumCloudHopsThroughIso2022() {
        long started = System.nanoTime();
        var full = http.getForEntity("/api/crosswalk?from=nist-sp800-53-r5&to=secnumcloud-3.2", JsonNode.class);
        System.out.printf("crosswalk nist-sp800-53-r5 -> secnumcloud-3.2, maxHops 3: %d rows in %d ms%n",
                full.getBody().path("rows").size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(full.getStatusCode().is2xxSuccessful()).as("default maxHops answers within the query timeout").isTrue();
        JsonNode rows = http.getForObject("/api/crosswalk?from=nist-sp800-53-r5&to=secnumcloud-3.2&maxHops=2&perClause=1",
                JsonNode.class).get("rows");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("hops").asInt()).isEqualTo(2);
            assertThat(r.get("path").get(1).asText()).startsWith("iso27001-2022:");
            assertThat(r.get("confidence").asDouble()).isBetween(0.0, 1.0);
        });
    }

    @Test
    @Order(7)
    void rev4AndRev5LinkedByIdentifierOnlyWeakly() {
        long links = referenceData.linkIdenticalRefs("nist-sp800-53-r4", "nist-sp800-53-r5", 3);
        assertThat(links).isPositive();
        assertThat(query("""
                MATCH (:Clause {uid: 'nist-sp800-53-r4:AC-2'})-[m:MAPS_TO {source: 'identifier-match'}]->(:Clause {uid: 'nist-sp800-53-r5:AC-2'})
                RETURN m.relationship AS relationship, m.rationale AS rationale, m.strength AS strength""", Map.of()))
                .singleElement().satisfies(m -> {
                    assertThat(m).containsEntry("relationship", "intersects-with").containsEntry("rationale", "syntactic");
                    assertThat((Long) m.get("strength")).isLessThan(5L);
                });
    }
    /** The traversal as the API ran it before issue 12 (src/test/resources/enumerated), through the driver. */
    private List<Map<String, Object>> enumerated(String traversal, Map<String, Object> parameters) throws IOException {
        return query(Files.readString(Path.of("src/test/resources/enumerated", traversal + ".cypher")), parameters);
    }

    private List<String> frameworksWithClauses() {
        return query("MATCH (c:Clause {assessable: true}) RETURN DISTINCT c.framework AS f ORDER BY f", Map.of()).stream()
                .map(r -> (String) r.get("f")).toList();
    }

    @Test
    @Order(5)
    void everyClauseKeepsTheStatusAndConfidenceThePathEnumerationGave() throws IOException {
        long started = System.nanoTime();
        int mapped = 0;
        int attested = 0;
        for (String framework : frameworksWithClauses()) {
            var parameters = new HashMap<String, Object>(Map.of("framework", framework, "skip", 0L, "limit", 20000L));
            parameters.put("party", null);
            parameters.put("status", null);
            Map<String, Map<String, Object>> before = new HashMap<>();
            enumerated("coverage", parameters).forEach(r -> before.put((String) r.get("clause"), r));
            JsonNode now = http.getForObject("/api/coverage/" + framework + "?limit=20000", JsonNode.class).get("clauses");
            assertThat(now).as(framework).hasSize(before.size());
            for (JsonNode clause : now) {
                Map<String, Object> old = before.get(clause.get("clause").asText());
                if (clause.get("status").asText().equals("attested")) {
                    // audit evidence (issue 13) comes after statements and before mappings
                    assertThat(old.get("status")).as(clause.get("clause").asText()).isIn("mapped", "gap");
                    assertThat(clause.get("attestedBy")).as(clause.get("clause").asText()).isNotEmpty();
                    attested++;
                    continue;
                }
                assertThat(clause.get("status").asText()).as(clause.get("clause").asText()).isEqualTo(old.get("status"));
                if (old.get("status").equals("mapped")) {
                    mapped++;
                    assertThat(clause.get("confidence").asDouble()).as(clause.get("clause").asText()).isEqualTo(old.get("confidence"));
                    assertThat(clause.get("mappingPath")).as(clause.get("clause").asText()).hasSize(((List<?>) old.get("mappingPath")).size());
                }
            }
        }
        System.out.printf("coverage of every framework against the path enumeration: %d mapped clauses compared, %d now attested, in %d ms%n",
                mapped, attested, (System.nanoTime() - started) / 1_000_000);
        assertThat(mapped).isPositive();
        assertThat(attested).as("FedRAMP and NIST rev 4 controls Microsoft's audits attest").isPositive();
    }

    @Test
    @Order(5)
    void everyCrosswalkGivesTheBestPairsOfThePathEnumerationOnceEach() throws IOException {
        long started = System.nanoTime();
        List<String> frameworks = frameworksWithClauses();
        int compared = 0;
        for (String from : frameworks) {
            for (String to : frameworks) {
                if (!from.equals(to)) {
                    compared += compareWithEnumeration(from, to);
                }
            }
        }
        System.out.printf("crosswalks between %d frameworks against the path enumeration: %d clauses' best pairs compared in %d ms%n",
                frameworks.size(), compared, (System.nanoTime() - started) / 1_000_000);
        assertThat(compared).isPositive();
    }

    /** The enumeration's 20 best paths per clause, repeats dropped, give the crosswalk's pairs in the same order. */
    private int compareWithEnumeration(String from, String to) throws IOException {
        int kept = 20;
        Map<String, List<List<Object>>> before = new LinkedHashMap<>();
        Map<String, Integer> paths = new HashMap<>();
        for (var row : enumerated("crosswalk", Map.of("from", from, "to", to, "maxHops", 3L, "perClause", (long) kept))) {
            String a = (String) row.get("from");
            paths.merge(a, 1, Integer::sum);
            List<List<Object>> pairs = before.computeIfAbsent(a, k -> new ArrayList<>());
            if (pairs.stream().noneMatch(p -> p.get(0).equals(row.get("to")))) {
                pairs.add(List.of(row.get("to"), row.get("score")));
            }
        }
        Map<String, List<List<Object>>> now = new LinkedHashMap<>();
        http.getForObject("/api/crosswalk?from=" + from + "&to=" + to, JsonNode.class).get("rows").forEach(r ->
                now.computeIfAbsent(r.get("from").asText(), k -> new ArrayList<>()).add(List.of(r.get("to").asText(), r.get("score").asDouble())));
        assertThat(now.keySet()).as("%s -> %s: clauses with a pair", from, to).isEqualTo(before.keySet());
        now.forEach((a, pairs) -> {
            assertThat(pairs).as("%s -> %s from %s: no repeated pair", from, to, a).doesNotHaveDuplicates();
            List<List<Object>> old = before.get(a);
            int shown = Math.min(3, old.size());
            assertThat(pairs.subList(0, Math.min(shown, pairs.size()))).as("%s -> %s from %s", from, to, a).isEqualTo(old.subList(0, shown));
            if (paths.get(a) < kept) {
                assertThat(pairs).as("%s -> %s from %s: every pair the enumeration found, up to 3", from, to, a).hasSize(shown);
            }
        });
        return now.size();
    }

    @Test
    @Order(5)
    void theCypherDefinitionsGiveTheRowsTheAppComputes() throws IOException {
        String coverage = Files.readString(Path.of("cypher/traversals/coverage.cypher"));
        for (String framework : frameworksWithClauses()) {
            var parameters = new HashMap<String, Object>(Map.of("framework", framework, "skip", 0L, "limit", 20000L));
            parameters.put("party", null);
            parameters.put("status", null);
            assertSameRows("/api/traversals/coverage?framework=" + framework + "&limit=20000", query(coverage, parameters));
        }
        for (String party : List.of("client", "microsoft")) {
            var parameters = Map.<String, Object>of("framework", "secnumcloud-3.2", "party", party, "status", "mapped", "skip", 2L, "limit", 50L);
            assertSameRows("/api/traversals/coverage?framework=secnumcloud-3.2&party=" + party + "&status=mapped&skip=2&limit=50",
                    query(coverage, parameters));
        }
        String crosswalk = Files.readString(Path.of("cypher/traversals/crosswalk.cypher"));
        for (List<String> pair : List.of(List.of("iso27001-2013", "secnumcloud-3.2"), List.of("secnumcloud-3.2", "iso27001-2013"),
                List.of("nist-sp800-53-r5", "secnumcloud-3.2"), List.of("iso27001-2022", "nist-sp800-53-r5"),
                List.of("fedramp-moderate-r4", "nist-sp800-53-r4-high"))) {
            for (long maxHops : List.of(2L, 3L)) {
                assertSameRows("/api/traversals/crosswalk?from=" + pair.get(0) + "&to=" + pair.get(1) + "&maxHops=" + maxHops + "&perClause=4",
                        query(crosswalk, Map.of("from", pair.get(0), "to", pair.get(1), "maxHops", maxHops, "perClause", 4L)));
            }
        }
    }

    private void assertSameRows(String endpoint, List<Map<String, Object>> definition) throws IOException {
        JsonNode rows = http.getForObject(endpoint, JsonNode.class).get("rows");
        assertThat(rows).as(endpoint).isEqualTo(json.readTree(apiJson.writeValueAsString(definition)));
    }

    @Test
    @Order(5)
    void totalsDescribeTheWholeFrameworkWhateverThePage() {
        JsonNode whole = http.getForObject("/api/coverage/iso27001-2013", JsonNode.class);
        for (String page : List.of("limit=10", "status=gap", "status=gap&skip=3&limit=2", "status=mapped")) {
            JsonNode paged = http.getForObject("/api/coverage/iso27001-2013?" + page, JsonNode.class);
            assertThat(paged.get("overall")).as(page).isEqualTo(whole.get("overall"));
            assertThat(paged.get("chapters")).as(page).isEqualTo(whole.get("chapters"));
        }
        JsonNode firstTen = http.getForObject("/api/coverage/iso27001-2013?limit=10", JsonNode.class);
        assertThat(firstTen.get("clauses")).hasSize(10);
        assertThat(firstTen.get("matching").asInt()).isEqualTo(whole.get("overall").get("clauses").asInt());
        JsonNode gaps = http.getForObject("/api/coverage/iso27001-2013?status=gap", JsonNode.class);
        assertThat(gaps.get("matching").asInt()).isEqualTo(whole.get("overall").get("counts").get("gap").asInt())
                .isEqualTo(gaps.get("clauses").size());
        assertThat(gaps.get("clauses")).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("gap"));
    }

    @Test
    @Order(8)
    void aDocumentImportLeavesTheImportedCatalogsAsTheLibrariesWroteThem() {
        String clauses = """
                MATCH (c:Clause) WHERE c.framework IN ['secnumcloud-3.2', 'iso27001-2013'] AND c.inCatalog
                OPTIONAL MATCH (c)-[:PART_OF]->(up)
                RETURN c.uid AS uid, c.title AS title, c.text AS text, c.assessable AS assessable, c.sourceId AS sourceId,
                       c.order AS order, coalesce(up.uid, up.id) AS parent
                ORDER BY uid""";
        var before = query(clauses, Map.of());
        assertThat(before).anySatisfy(c -> assertThat(c).containsEntry("uid", "secnumcloud-3.2:11.1.3.a")
                .containsEntry("parent", "secnumcloud-3.2:11.1.2"));
        SourceManifest matrix = bundled.manifests().stream().filter(m -> m.id().equals("outscale-matrix")).findFirst().orElseThrow();
        imports.importDocument(matrix, bundled.content(matrix));
        assertThat(query(clauses, Map.of())).as("the shipped catalogs yield to the libraries imported over them").isEqualTo(before);
        assertThat(count("MATCH (:Control)-[:MAPS_TO {resolution: 'exact'}]->(:Clause {uid: 'secnumcloud-3.2:10.5.c'}) RETURN count(*)", Map.of()))
                .isEqualTo(1);
    }

    @Test
    @Order(9)
    void aMappingSetAndItsReverseAreOneRelation() throws IOException {
        String set = "mapping-iso27001-2013-to-iso27001-2022";
        JsonNode crosswalkBefore = http.getForObject("/api/crosswalk?from=iso27001-2013&to=secnumcloud-3.2", JsonNode.class).get("rows");
        Map<String, JsonNode> coverageBefore = new HashMap<>();
        for (String framework : List.of("iso27001-2013", "iso27001-2022", "secnumcloud-3.2")) {
            coverageBefore.put(framework, http.getForObject("/api/coverage/" + framework, JsonNode.class));
        }
        var reverse = new StringBuilder("source,target,relationship\n");
        query("""
                MATCH (a:Clause)-[m:MAPS_TO {source: $set}]->(b:Clause)
                RETURN b.uid AS source, a.uid AS target, m.reverseRelationship AS relationship
                """, Map.of("set", set)).forEach(r -> reverse.append(r.get("source")).append(',').append(r.get("target")).append(',')
                .append(r.get("relationship")).append('\n'));
        catalogs.importFile("csv-mappings", "reverse.csv", reverse.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("mapping-set", set + "-revert"));

        JsonNode crosswalkAfter = http.getForObject("/api/crosswalk?from=iso27001-2013&to=secnumcloud-3.2", JsonNode.class).get("rows");
        assertThat(withoutEvidence(crosswalkAfter)).as("the same pairs, scores and paths").isEqualTo(withoutEvidence(crosswalkBefore));
        assertThat(crosswalkAfter).anySatisfy(r -> {
            assertThat(r.get("sources").toString()).contains(set + "\"").contains(set + "-revert");
            assertThat(r.get("via").toString()).contains("(" + set + ", " + set + "-revert)");
        });
        coverageBefore.forEach((framework, before) -> {
            JsonNode after = http.getForObject("/api/coverage/" + framework, JsonNode.class);
            assertThat(after.get("overall")).as(framework).isEqualTo(before.get("overall"));
            assertThat(withoutEvidence(after.get("clauses"))).as(framework).isEqualTo(withoutEvidence(before.get("clauses")));
        });
    }

    @Test
    @Order(10)
    void everyClauseAndMappingCarriesWhatTheImportersWriteWithIt() {
        assertThat(count("MATCH (cl:Clause) WHERE cl.sortKey IS NULL OR cl.chapterUid IS NULL RETURN count(cl)", Map.of())).isZero();
        List<String> readings = query("""
                MATCH (:Clause)-[m:MAPS_TO]->(:Clause)
                RETURN DISTINCT m.relationship + ' ' + m.reverseRelationship + ' ' + coalesce(toString(m.forwardConfidence), '-') + ' '
                       + coalesce(toString(m.reverseConfidence), '-') AS reading""", Map.of()).stream().map(r -> (String) r.get("reading")).toList();
        assertThat(readings).contains("subset-of superset-of 0.5 1.0").isSubsetOf("equal equal 1.0 1.0", "subset-of superset-of 0.5 1.0",
                "superset-of subset-of 1.0 0.5", "intersects-with intersects-with 0.5 0.5", "no-relationship no-relationship - -");
    }

    /** Rows without the columns that name the mappings' sources. */
    private JsonNode withoutEvidence(JsonNode rows) {
        JsonNode copy = rows.deepCopy();
        copy.forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove(List.of("via", "sources")));
        return copy;
    }
}
