package io.github.compliancegraph.imports.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.cisoassistant.ParsedLibrary.MappingSet;
import io.github.compliancegraph.imports.cisoassistant.ParsedLibrary.UrnMapping;
import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

class CisoAssistantLibraryParserTest {

    private static final Set<String> RELATIONSHIPS =
            Set.of("equal", "subset-of", "superset-of", "intersects-with", "no-relationship");

    private final CisoAssistantLibraryParser parser = new CisoAssistantLibraryParser();

    /** The real library files, kept outside the project (AGPL); tests using them skip when they are absent. */
    private static String reference(String name) throws IOException {
        Path p = Path.of(System.getProperty("shared.dir", "../shared"), "reference", "ciso-assistant", name);
        Assumptions.assumeTrue(Files.exists(p), "reference file absent: " + p);
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The file read by plain SnakeYAML, to count what the parser should find without going through it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> objects(String yaml) {
        var options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        return (Map<String, Object>) new Yaml(options).<Map<String, Object>>load(yaml).get("objects");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> requirementNodes(String yaml) {
        return (List<Map<String, Object>>) ((Map<String, Object>) objects(yaml).get("framework")).get("requirement_nodes");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> mappingCounts(String yaml) {
        Map<String, Object> objects = objects(yaml);
        List<Map<String, Object>> sets = objects.containsKey("requirement_mapping_sets")
                ? (List<Map<String, Object>>) objects.get("requirement_mapping_sets")
                : List.of((Map<String, Object>) objects.get("requirement_mapping_set"));
        return sets.stream().map(set -> ((List<?>) set.get("requirement_mappings")).size()).toList();
    }

    private static Map<String, CatalogClause> byRef(Catalog catalog) {
        return catalog.clauses().stream().collect(Collectors.toMap(CatalogClause::ref, Function.identity()));
    }

    /** What every catalog must satisfy: one clause per node, unique refs, parents listed before children. */
    private static Catalog wellFormed(ParsedLibrary library, String yaml) {
        assertThat(library.frameworks()).hasSize(1);
        Catalog catalog = library.frameworks().get(0);
        List<Map<String, Object>> nodes = requirementNodes(yaml);
        assertThat(catalog.clauses()).hasSize(nodes.size());
        assertThat(catalog.clauses().stream().filter(CatalogClause::assessable).count())
                .isEqualTo(nodes.stream().filter(n -> Boolean.TRUE.equals(n.get("assessable"))).count());
        assertThat(catalog.clauses()).extracting(CatalogClause::sourceId)
                .containsExactlyInAnyOrderElementsOf(nodes.stream().map(n -> (String) n.get("urn")).toList());
        Set<String> seen = new HashSet<>();
        assertThat(catalog.clauses()).allSatisfy(c -> {
            assertThat(c.parent() == null || seen.contains(c.parent())).as("parent of %s listed before it", c.ref()).isTrue();
            assertThat(seen.add(c.ref())).as("ref %s unique", c.ref()).isTrue();
            assertThat(c.withdrawn()).isFalse();
        });
        return catalog;
    }

    @Test
    void secNumCloudKeepsItsTreeAndNamesUnnumberedParagraphsByUrnLabelledByTheirPlace() throws IOException {
        String yaml = reference("secnumcloud-3.2.yaml");
        ParsedLibrary library = parser.parse(yaml);
        Catalog catalog = wellFormed(library, yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(library.urn()).isEqualTo("urn:intuitem:risk:library:secnumcloud-3.2");
        assertThat(catalog.framework().id()).isEqualTo("secnumcloud-3.2");
        assertThat(catalog.framework()).extracting("name", "version", "libraryVersion").containsExactly("SecNumCloud", "3.2", "2");
        assertThat(catalog.framework().publisher()).isEqualTo("ANSSI");
        assertThat(catalog.framework().description()).startsWith("Premier ministre");
        Map<String, CatalogClause> clauses = byRef(catalog);
        assertThat(clauses.get("10.5.c").parent()).isEqualTo("10.5");
        assertThat(clauses.get("10.5").parent()).isEqualTo("10");
        assertThat(clauses.get("10").parent()).isNull();
        assertThat(clauses.get("10.5.c").sourceId()).isEqualTo("urn:intuitem:risk:req_node:secnumcloud-3.2:10.5.c");
        assertThat(clauses.get("10.5.c").title()).startsWith("Le prestataire doit protéger").hasSizeLessThanOrEqualTo(120)
                .doesNotContain("\n");
        // ref_id wins over the urn, whose tail is "5;2.d" here
        assertThat(clauses).containsKey("5.2.d").doesNotContainKey("5;2.d");
        assertThat(clauses.get("node5")).extracting(CatalogClause::parent, CatalogClause::label).containsExactly("1.3.1", "1.3.1 ¶1 ANSSI");
        assertThat(clauses.get("node329").label()).isEqualTo("12.2.b ¶1 la date et l’heure programmées du début et de la fin des…");
        // under an unnumbered paragraph (9 ¶1), itself placed by its numbered parent
        assertThat(clauses.get("node177").label()).startsWith("9 ¶1.1 placés sous la responsabilité du prestataire");
        assertThat(catalog.clauses().stream().filter(c -> c.ref().matches("node\\d+")))
                .hasSize(237).allSatisfy(c -> assertThat(c.label()).doesNotContain("node"))
                .extracting(CatalogClause::label).doesNotHaveDuplicates();
        assertThat(clauses.get("10.5.c").label()).isNull();
    }

    /**
     * The shipped SecNumCloud catalog (ours: identifiers and our own titles) against the library: the same
     * 278 lettered requirements under the same refs, so the same uids, and no ref the library lacks.
     * The library counts 412 assessable nodes: the 268 requirements without sub-items and 144 unnumbered
     * sub-items (bullets), the 10 requirements with sub-items being marked not assessable.
     */
    @Test
    void shippedSecNumCloudCatalogNamesTheLibrarysRequirementsByTheSameUids() throws IOException {
        Catalog library = parser.parse(reference("secnumcloud-3.2.yaml")).frameworks().get(0);
        Catalog shipped = new ShippedCatalogs().catalogs().stream()
                .filter(c -> c.framework().id().equals("secnumcloud-3.2")).findFirst().orElseThrow();
        Map<String, CatalogClause> inLibrary = byRef(library);
        var uids = library.clauses().stream().map(c -> ClauseIds.uid(library.framework().id(), c.ref())).collect(Collectors.toSet());
        assertThat(shipped.clauses()).allSatisfy(c -> assertThat(uids).contains(ClauseIds.uid(shipped.framework().id(), c.ref())));

        var requirement = Pattern.compile("\\d+(\\.\\d+)+\\.[a-z]");
        Set<String> libraryRequirements = inLibrary.keySet().stream().filter(r -> requirement.matcher(r).matches()).collect(Collectors.toSet());
        Set<String> shippedAssessable = shipped.clauses().stream().filter(CatalogClause::assessable).map(CatalogClause::ref).collect(Collectors.toSet());
        assertThat(libraryRequirements).hasSize(278);
        assertThat(shippedAssessable).isEqualTo(libraryRequirements);

        assertThat(library.clauses().stream().filter(CatalogClause::assessable).count()).isEqualTo(412);
        assertThat(libraryRequirements.stream().filter(r -> !inLibrary.get(r).assessable()))
                .containsExactlyInAnyOrder("7.1.a", "7.1.b", "8.5.a", "9.6.f", "9.7.d", "11.1.2.a", "18.2.1.a", "19.6.b", "19.6.c", "19.6.d");
        assertThat(library.clauses().stream().filter(c -> c.assessable() && c.ref().startsWith("node")).count()).isEqualTo(144);
        // The trees agree but for one slip of the library's: 11.1.3 and 11.1.3.a filed under 11.1.2.
        assertThat(shipped.clauses().stream().filter(c -> !Objects.equals(c.parent(), inLibrary.get(c.ref()).parent())))
                .extracting(CatalogClause::ref).containsExactlyInAnyOrder("11.1.3", "11.1.3.a");
    }

    @Test
    void iso27001of2013() throws IOException {
        String yaml = reference("iso27001-2013.yaml");
        ParsedLibrary library = parser.parse(yaml);
        Catalog catalog = wellFormed(library, yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(catalog.framework().id()).isEqualTo("iso27001-2013");
        assertThat(catalog.framework().publisher()).isEqualTo("ISO/IEC");
        assertThat(catalog.framework()).extracting("name", "version", "libraryVersion").containsExactly("ISO/IEC 27001", "2013", "1");
        Map<String, CatalogClause> clauses = byRef(catalog);
        assertThat(clauses).containsKeys("A.9.2.1", "6.1.3", "core", "annex-a");
        // top-level parts without a ref_id: no parent to place them by, their title names them
        assertThat(clauses.get("annex-a").label()).isEqualTo("Annex A");
        assertThat(clauses.get("A.9.2.1").parent()).isEqualTo("A.9.2");
        assertThat(clauses.get("4").title()).isEqualTo("Context of the organization");
    }

    @Test
    void iso27001of2022UsesRefIdsNotLowerCaseUrns() throws IOException {
        String yaml = reference("iso27001-2022.yaml");
        ParsedLibrary library = parser.parse(yaml);
        Catalog catalog = wellFormed(library, yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(catalog.framework().id()).isEqualTo("iso27001-2022");
        // the edition from the ref_id "ISO/IEC 27001:2022", not the library's packaging version
        assertThat(catalog.framework()).extracting("name", "version", "libraryVersion").containsExactly("ISO/IEC 27001", "2022", "18");
        Map<String, CatalogClause> clauses = byRef(catalog);
        assertThat(clauses).containsKeys("A.5.1", "A.8.34", "6.1.3").doesNotContainKey("a.5.1");
        assertThat(clauses.get("A.5.1").sourceId()).isEqualTo("urn:intuitem:risk:req_node:iso27001-2022:a.5.1");
        assertThat(clauses.get("A.5.1").title()).isEqualTo("Policies for information security");
    }

    @Test
    void nistSp80053TakesTheProjectsId() throws IOException {
        String yaml = reference("nist-sp-800-53-rev5.yaml");
        ParsedLibrary library = parser.parse(yaml);
        Catalog catalog = wellFormed(library, yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(catalog.framework().id()).isEqualTo("nist-sp800-53-r5");
        // the ref_id is a slug (NIST-SP-800-53-rev5); the name "NIST SP 800-53 revision 5" gives name and edition
        assertThat(catalog.framework()).extracting("name", "version", "libraryVersion").containsExactly("NIST SP 800-53", "rev 5", "1");
        // The library is flat: enhancements sit beside their control under the family, not under the control.
        assertThat(byRef(catalog).get("AC-2(1)").parent()).isEqualTo("AC");
        assertThat(byRef(catalog).get("AC-2").parent()).isEqualTo("AC");
    }

    @Test
    void hdsTakesTheProjectsId() throws IOException {
        String yaml = reference("hds-v2.yaml");
        ParsedLibrary library = parser.parse(yaml);
        Catalog catalog = wellFormed(library, yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(catalog.framework().id()).isEqualTo("hds-v2");
        assertThat(catalog.framework().publisher()).isEqualTo("Agence du Numérique en Santé");
        assertThat(catalog.framework()).extracting("name", "version").containsExactly("HDS", "2.0");
        assertThat(byRef(catalog).get("node3").parent()).isEqualTo("[EXI 01]");
        assertThat(byRef(catalog).get("node3").label()).startsWith("[EXI 01] ¶1 Qu’il ait mis en œuvre");
    }

    @ParameterizedTest
    @CsvSource({
        "mapping-secnumcloud-3.2-to-iso27001-2022.yaml, secnumcloud-3.2, iso27001-2022",
        "mapping-iso27001-2013-to-iso27001-2022.yaml, iso27001-2013, iso27001-2022",
        "mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml, nist-sp800-53-r5, iso27001-2022",
    })
    void mappingSetsKeepEveryMappingInTheNistVocabulary(String file, String source, String target) throws IOException {
        String yaml = reference(file);
        ParsedLibrary library = parser.parse(yaml);

        assertThat(library.problems()).isEmpty();
        assertThat(library.frameworks()).isEmpty();
        assertThat(library.mappingSets()).extracting(set -> set.mappings().size()).isEqualTo(mappingCounts(yaml));
        MappingSet first = library.mappingSets().get(0);
        assertThat(first.sourceFramework()).isEqualTo(source);
        assertThat(first.targetFramework()).isEqualTo(target);
        assertThat(library.mappingSets()).flatExtracting(MappingSet::mappings).allSatisfy(m -> {
            assertThat(m.relationship()).isIn(RELATIONSHIPS);
            assertThat(m.sourceUrn()).startsWith("urn:");
            assertThat(m.targetUrn()).startsWith("urn:");
        });
    }

    @Test
    void nistMappingFileHoldsBothDirections() throws IOException {
        ParsedLibrary library = parser.parse(reference("mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml"));

        assertThat(library.mappingSets()).extracting(MappingSet::id, MappingSet::sourceFramework, MappingSet::targetFramework)
                .containsExactly(
                        tuple("mapping-nist-sp-800-53-rev5-and-iso27001-2022",
                                "nist-sp800-53-r5", "iso27001-2022"),
                        tuple("mapping-nist-sp-800-53-rev5-and-iso27001-2022-revert",
                                "iso27001-2022", "nist-sp800-53-r5"));
    }

    @Test
    void iso2013To2022MappingsCarryTheirRationale() throws IOException {
        MappingSet set = parser.parse(reference("mapping-iso27001-2013-to-iso27001-2022.yaml")).mappingSets().get(0);

        assertThat(set.id()).isEqualTo("mapping-iso27001-2013-to-iso27001-2022");
        assertThat(set.mappings().get(0)).isEqualTo(new UrnMapping("urn:intuitem:risk:req_node:iso27001-2013:4.1",
                "urn:intuitem:risk:req_node:iso27001-2022:4.1", "equal", "syntactic", null));
        assertThat(set.mappings()).extracting(UrnMapping::relationship).contains("subset-of", "superset-of", "intersects-with");
    }

    @Test
    void frameworkIdIsTheUrnTailUnderTheProjectsName() {
        assertThat(CisoAssistantLibraryParser.frameworkId("urn:intuitem:risk:framework:secnumcloud-3.2")).isEqualTo("secnumcloud-3.2");
        assertThat(CisoAssistantLibraryParser.frameworkId("urn:intuitem:risk:framework:nist-sp-800-53-rev5")).isEqualTo("nist-sp800-53-r5");
        assertThat(CisoAssistantLibraryParser.frameworkId("urn:intuitem:risk:framework:hds-v2023-a")).isEqualTo("hds-v2");
    }

    private static final String FRAMEWORK = """
            urn: urn:test:library:t
            name: Test library
            version: 3
            provider: Tester
            objects:
              framework:
                urn: urn:test:framework:t
                name: T
                requirement_nodes:
            """;

    private static String framework(String nodes) {
        return FRAMEWORK + nodes.indent(4);
    }

    @Test
    void nodesWithoutRefIdOrNameTakeUrnTailAndDescriptionStart() {
        String description = "A first line\n  and a second one " + "x".repeat(200);
        ParsedLibrary library = parser.parse(framework("""
                - urn: urn:test:req_node:t:1
                  ref_id: ' 1 '
                  assessable: false
                - urn: urn:test:req_node:t:node2
                  parent_urn: urn:test:req_node:t:1
                  assessable: true
                  description: "%s"
                """.formatted(description.replace("\n", "\\n"))));

        assertThat(library.problems()).isEmpty();
        Catalog catalog = library.frameworks().get(0);
        assertThat(catalog.framework()).extracting("id", "name", "version", "publisher", "description", "libraryVersion")
                .containsExactly("t", "T", null, "Tester", null, "3");
        assertThat(catalog.clauses()).extracting(CatalogClause::ref, CatalogClause::parent, CatalogClause::assessable)
                .containsExactly(tuple("1", null, false),
                        tuple("node2", "1", true));
        assertThat(catalog.clauses().get(1).title()).hasSize(120).startsWith("A first line and a second one xxx");
        assertThat(catalog.clauses().get(1).label()).isEqualTo("1 ¶1 A first line and a second one…");
    }

    @Test
    void unnumberedNodesArePlacedAmongTheirParentsUnnumberedChildrenInFileOrder() {
        ParsedLibrary library = parser.parse(framework("""
                - urn: urn:test:req_node:t:node1
                  name: Heading
                  assessable: false
                - urn: urn:test:req_node:t:2
                  ref_id: '2'
                  parent_urn: urn:test:req_node:t:node1
                  assessable: false
                - urn: urn:test:req_node:t:node4
                  parent_urn: urn:test:req_node:t:2
                  assessable: true
                  description: Second item
                - urn: urn:test:req_node:t:node3
                  parent_urn: urn:test:req_node:t:2
                  assessable: true
                  description: First item
                - urn: urn:test:req_node:t:node5
                  parent_urn: urn:test:req_node:t:node3
                  assessable: true
                - urn: urn:test:req_node:t:node6
                  assessable: false
                """));

        assertThat(library.frameworks().get(0).clauses()).extracting(CatalogClause::ref, CatalogClause::label).containsExactly(
                tuple("node1", "Heading"),
                tuple("2", null),
                tuple("node4", "2 ¶1 Second item"),
                tuple("node3", "2 ¶2 First item"),
                tuple("node5", "2 ¶2.1"),
                tuple("node6", "¶2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "International standard ISO/IEC 27001:2022 | ISO/IEC 27001:2022  | iso27001-2022       | ISO/IEC 27001  | 2022",
        "NIST SP 800-53 revision 5                 | NIST-SP-800-53-rev5 | nist-sp-800-53-rev5 | NIST SP 800-53 | rev 5",
        "Prestataires (SecNumCloud) - référentiel  | SecNumCloud v3.2    | secnumcloud-3.2     | SecNumCloud    | 3.2",
        "HDS v2.0                                  | HDS-v2.0            | hds-v2023-a         | HDS            | 2.0",
        "NIST SP 800-53                            | -                   | nist-sp-800-53-rev4 | NIST SP 800-53 | rev 4",
        "Cloud Controls Matrix                     | CCM                 | ccm                 | Cloud Controls Matrix | -",
    })
    void theEditionEndsTheFrameworksDesignation(String name, String refId, String urnTail, String shownName, String edition) {
        assertThat(FrameworkEdition.of(name, refId, urnTail)).isEqualTo(new FrameworkEdition(shownName, edition));
    }

    @Test
    void unknownParentUrnIsAProblemAndTheNodeGoesToTheTop() {
        ParsedLibrary library = parser.parse(framework("""
                - urn: urn:test:req_node:t:1
                  ref_id: '1'
                  assessable: false
                - urn: urn:test:req_node:t:1.1
                  ref_id: '1.1'
                  parent_urn: urn:test:req_node:t:9
                  assessable: true
                """));

        assertThat(library.frameworks().get(0).clauses()).extracting(CatalogClause::parent).containsExactly(null, null);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).contains("urn:test:req_node:t:9", "'1.1'");
        });
    }

    @Test
    void aSecondNodeWithATakenRefIsRenamed() {
        ParsedLibrary library = parser.parse(framework("""
                - urn: urn:test:req_node:t:a
                  ref_id: A
                  assessable: true
                - urn: urn:test:req_node:t:b
                  ref_id: A
                  assessable: true
                """));

        assertThat(library.frameworks().get(0).clauses()).extracting(CatalogClause::ref).containsExactly("A", "A#b");
        assertThat(library.problems()).extracting(Problem::line).containsExactly(13);
    }

    @Test
    void childrenListedBeforeTheirParentFollowItAndAParentLoopIsCut() {
        ParsedLibrary library = parser.parse(framework("""
                - urn: urn:test:req_node:t:1.1
                  ref_id: '1.1'
                  parent_urn: urn:test:req_node:t:1
                  assessable: true
                - urn: urn:test:req_node:t:1
                  ref_id: '1'
                  assessable: false
                - urn: urn:test:req_node:t:x
                  ref_id: X
                  parent_urn: urn:test:req_node:t:x
                  assessable: false
                """));

        assertThat(library.frameworks().get(0).clauses()).extracting(CatalogClause::ref, CatalogClause::parent)
                .containsExactly(tuple("1", null),
                        tuple("1.1", "1"),
                        tuple("X", null));
        assertThat(library.problems()).singleElement().extracting(Problem::message).asString().contains("'X'", "own ancestor");
    }

    @Test
    void mappingsAreNormalisedAndAnUnknownRelationshipIsSkippedWithAProblem() {
        ParsedLibrary library = parser.parse("""
                urn: urn:test:library:m
                objects:
                  requirement_mapping_sets:
                  - urn: urn:test:req_mapping_set:m
                    source_framework_urn: urn:intuitem:risk:framework:hds-v2023-a
                    target_framework_urn: urn:intuitem:risk:framework:iso27001-2022
                    requirement_mappings:
                    - {source_requirement_urn: 'urn:s:1', target_requirement_urn: 'urn:t:1', relationship: intersect, rationale: Semantic, strength_of_relationship: 7}
                    - {source_requirement_urn: 'urn:s:2', target_requirement_urn: 'urn:t:2', relationship: equivalent}
                    - {source_requirement_urn: 'urn:s:3', target_requirement_urn: 'urn:t:3', relationship: not_related, strength_of_relationship: 12}
                """);

        MappingSet set = library.mappingSets().get(0);
        assertThat(set.id()).isEqualTo("m");
        assertThat(set.sourceFramework()).isEqualTo("hds-v2");
        assertThat(set.mappings()).containsExactly(
                new UrnMapping("urn:s:1", "urn:t:1", "intersects-with", "semantic", 7),
                new UrnMapping("urn:s:3", "urn:t:3", "no-relationship", null, null));
        assertThat(library.problems()).extracting(Problem::line).containsExactly(9, 10);
        assertThat(library.problems().get(0).message()).contains("'equivalent'", "skipped");
        assertThat(library.problems().get(1).message()).contains("strength_of_relationship '12'");
    }

    @Test
    void anAliasBombIsRejectedBeforeItExpands() {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", Collections.nCopies(9, previous)))
                    .append("]\n");
        }
        assertThatThrownBy(() -> parser.parse(bomb.toString())).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("line 2").hasMessageContaining("alias");
    }

    @Test
    void malformedYamlIsRejectedWithItsLine() {
        assertThatThrownBy(() -> parser.parse("urn: x\nobjects:\n  framework: [a, b\n  name: y\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("line 4").hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void whatIsNotALibraryIsRejected() {
        assertThatThrownBy(() -> parser.parse("urn: x\nname: y\n")).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not a CISO Assistant library");
        assertThatThrownBy(() -> parser.parse("objects:\n  reference_controls: []\n")).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not a CISO Assistant library");
        assertThatThrownBy(() -> parser.parse("- a\n- b\n")).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not a CISO Assistant library");
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(framework("- ref_id: A\n  assessable: true\n")))
                .isInstanceOf(ImportRejectedException.class).hasMessage("line 10: requirement node has no 'urn'");
    }
}
