package io.github.compliancegraph.imports.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OscalCatalogParserTest {

    static final FrameworkInfo NIST = new FrameworkInfo("nist-800-53-r4", "NIST SP 800-53", "rev4", "NIST", null);

    private final OscalCatalogParser parser = new OscalCatalogParser();

    /** A file of the shared reference set; the test is skipped, saying which, when it is not there. */
    static Path reference(String file) {
        Path p = Path.of(System.getProperty("shared.dir", "../shared"), "reference", "oscal", file);
        Assumptions.assumeTrue(Files.exists(p), "reference file absent: " + p);
        return p;
    }

    static ParsedOscalCatalog realCatalog() throws IOException {
        return new OscalCatalogParser().parse(
                Files.readString(reference("nist-sp800-53-r4/NIST_SP-800-53_rev4_catalog-min.json")), NIST);
    }

    private static Map<String, CatalogClause> byRef(ParsedOscalCatalog parsed) {
        return parsed.catalog().clauses().stream().collect(Collectors.toMap(CatalogClause::ref, Function.identity()));
    }

    @Test
    void realCatalogGivesEveryFamilyControlAndEnhancement() throws IOException {
        ParsedOscalCatalog parsed = realCatalog();
        List<CatalogClause> clauses = parsed.catalog().clauses();
        List<CatalogClause> groups = clauses.stream().filter(c -> c.parent() == null).toList();
        List<CatalogClause> controls = clauses.stream().filter(c -> c.parent() != null).toList();

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.title()).startsWith("NIST Special Publication 800-53 Revision 4");
        assertThat(parsed.version()).isEqualTo("2015-01-22");
        assertThat(parsed.oscalUuid()).isEqualTo("b954d3b7-d2c7-453b-8eb2-459e8d3b8462");
        assertThat(parsed.catalog().framework()).isEqualTo(NIST);
        assertThat(controls.stream().filter(c -> !c.ref().contains("("))).hasSize(256)
                .allSatisfy(c -> assertThat(c.ref()).matches("[A-Z]{2}-\\d+"));
        assertThat(controls.stream().filter(c -> c.ref().contains("("))).hasSize(666)
                .allSatisfy(c -> assertThat(c.ref()).matches("[A-Z]{2}-\\d+\\(\\d+\\)"));
        assertThat(groups).hasSize(18).allSatisfy(g -> {
            assertThat(g.assessable()).isFalse();
            assertThat(g.withdrawn()).isFalse();
            assertThat(g.sourceId()).isEqualTo(g.ref().toLowerCase());
        });
        assertThat(clauses).allSatisfy(c -> assertThat(c.assessable())
                .as(c.ref()).isEqualTo(c.parent() != null && !c.withdrawn()));
    }

    @Test
    void groupAndWithdrawnCountsMatchAnIndependentReadOfTheFile() throws IOException {
        ParsedOscalCatalog parsed = realCatalog();
        JsonNode catalog = new ObjectMapper()
                .readTree(reference("nist-sp800-53-r4/NIST_SP-800-53_rev4_catalog-min.json").toFile()).get("catalog");
        int[] counts = new int[2]; // groups, withdrawn controls
        catalog.findParents("groups").forEach(owner -> counts[0] += owner.get("groups").size());
        catalog.findParents("props").forEach(owner -> {
            for (JsonNode prop : owner.get("props")) {
                if (prop.path("name").asText().equals("status") && prop.path("value").asText().equalsIgnoreCase("withdrawn")) {
                    counts[1]++;
                }
            }
        });

        assertThat(counts).containsExactly(18, 96);
        assertThat(parsed.catalog().clauses().stream().filter(c -> c.parent() == null)).hasSize(counts[0]);
        assertThat(parsed.catalog().clauses().stream().filter(CatalogClause::withdrawn)).hasSize(counts[1])
                .allSatisfy(c -> assertThat(c.assessable()).isFalse());
    }

    @Test
    void enhancementsHangUnderTheirControlUnderTheirFamily() throws IOException {
        Map<String, CatalogClause> clauses = byRef(realCatalog());
        assertThat(clauses.get("AC-3(1)")).isEqualTo(new CatalogClause("AC-3(1)", clauses.get("AC-3(1)").title(),
                "AC-3", false, true, "ac-3.1"));
        assertThat(clauses.get("AC-3")).extracting(CatalogClause::parent, CatalogClause::assessable, CatalogClause::sourceId)
                .containsExactly("AC", true, "ac-3");
        assertThat(clauses.get("AC")).extracting(CatalogClause::parent, CatalogClause::title)
                .containsExactly(null, "Access Control");
    }

    @Test
    void everyParentComesBeforeItsChildren() throws IOException {
        var seen = new HashSet<String>();
        for (CatalogClause clause : realCatalog().catalog().clauses()) {
            assertThat(clause.parent() == null || seen.contains(clause.parent())).as(clause.ref()).isTrue();
            assertThat(seen.add(clause.ref())).as("%s once", clause.ref()).isTrue();
        }
    }

    @Test
    void invalidJsonIsRejectedNamingLineAndColumn() {
        assertThatThrownBy(() -> parser.parse("{\n  \"catalog\": {\n    \"uuid\": \"x\",\n  }\n}", NIST))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("invalid JSON at line 4, column 3: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> parser.parse("{\"catalog\": {}}\n{}", NIST))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("invalid JSON at line 2, column 1: content after the end of the document");
    }

    @Test
    void jsonThatIsNoCatalogIsRejected() {
        for (String json : List.of("{\"profile\": {}}", "[]", "", "{\"catalog\": []}")) {
            assertThatThrownBy(() -> parser.parse(json, NIST)).as(json)
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessage("not an OSCAL catalog: no top-level 'catalog' object");
        }
        assertThatThrownBy(() -> parser.parse("{\"catalog\": {\"groups\": {}}}", NIST))
                .isInstanceOf(ImportRejectedException.class).hasMessage("catalog.groups is not an array");
    }

    @Test
    void aControlWithoutIdIsAProblemNotAFailure() {
        ParsedOscalCatalog parsed = parser.parse("""
                {"catalog": {"groups": [{"id": "ac", "title": "Access Control", "controls": [
                  {"title": "Nameless", "controls": [{"id": "ac-1.1", "title": "Lost with it"}]},
                  {"id": "ac-2", "title": "Account Management"}
                ]}]}}""", NIST);

        assertThat(parsed.catalog().clauses()).extracting(CatalogClause::ref).containsExactly("AC", "AC-2");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).startsWith("catalog.groups[0].controls[0] (\"Nameless\"): control without id");
        });
    }

    @Test
    void nestedGroupsLooseControlsAndRefsWithoutLabel() {
        ParsedOscalCatalog parsed = parser.parse("""
                {"catalog": {"uuid": "u-1", "metadata": {"title": "Tiny", "version": "1.0"},
                 "controls": [{"id": "top-1", "title": "Loose", "props": [{"name": "status", "value": "withdrawn"}]}],
                 "groups": [{"id": "outer", "title": "Outer", "groups": [
                   {"id": "in", "title": "Inner", "controls": [
                     {"id": "in-1", "title": "One", "props": [{"name": "label", "value": "IN-1"}], "controls": [
                       {"id": "in-1.1", "title": "One, first", "props": [{"name": "label", "value": "IN-1(1)"}]}]},
                     {"id": "in-1.9", "title": "Same label", "props": [{"name": "label", "value": "IN-1"}]}]}]}]}}""",
                NIST);

        assertThat(parsed.catalog().clauses()).containsExactly(
                new CatalogClause("TOP-1", "Loose", null, false, true, "top-1"),
                new CatalogClause("OUTER", "Outer", null, false, false, "outer"),
                new CatalogClause("IN", "Inner", "OUTER", false, false, "in"),
                new CatalogClause("IN-1", "One", "IN", true, false, "in-1"),
                new CatalogClause("IN-1(1)", "One, first", "IN-1", true, false, "in-1.1"));
        assertThat(parsed.problems()).singleElement().extracting(p -> p.message()).isEqualTo(
                "catalog.groups[0].groups[0].controls[1]: ref IN-1 (id in-1.9) is already taken, the first one is kept");
        assertThat(List.of(parsed.oscalUuid(), parsed.title(), parsed.version())).containsExactly("u-1", "Tiny", "1.0");
    }
}
