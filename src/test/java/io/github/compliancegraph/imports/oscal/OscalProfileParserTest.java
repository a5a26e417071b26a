package io.github.compliancegraph.imports.oscal;

import static io.github.compliancegraph.imports.oscal.OscalCatalogParserTest.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.oscal.ParsedOscalProfile.Import;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OscalProfileParserTest {

    private final OscalProfileParser parser = new OscalProfileParser();

    /** with-ids as a plain walk of the file finds them, to compare the parser against. */
    private static List<String> withIdsIn(Path file) throws IOException {
        var ids = new ArrayList<String>();
        for (JsonNode entry : new ObjectMapper().readTree(file.toFile()).get("profile").get("imports")) {
            for (JsonNode selection : entry.path("include-controls")) {
                selection.path("with-ids").forEach(id -> ids.add(id.asText()));
            }
        }
        return ids;
    }

    @ParameterizedTest
    @CsvSource({
            "nist-sp800-53-r4/NIST_SP-800-53_rev4_LOW-baseline_profile.json, 124",
            "nist-sp800-53-r4/NIST_SP-800-53_rev4_MODERATE-baseline_profile.json, 261",
            "nist-sp800-53-r4/NIST_SP-800-53_rev4_HIGH-baseline_profile.json, 343",
            "fedramp-r4/FedRAMP_rev4_LOW-baseline_profile.json, 125",
            "fedramp-r4/FedRAMP_rev4_MODERATE-baseline_profile.json, 325",
            "fedramp-r4/FedRAMP_rev4_HIGH-baseline_profile.json, 421"})
    void realBaselineIncludesExactlyTheIdsItLists(String file, int count) throws IOException {
        Path path = reference(file);
        ParsedOscalProfile parsed = parser.parse(Files.readString(path));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.title()).isNotBlank();
        assertThat(parsed.oscalUuid()).isNotBlank();
        Import only = assertThat(parsed.imports()).singleElement().actual();
        assertThat(only.href()).startsWith("#");
        assertThat(only.resourceHrefs()).anyMatch(href -> href.endsWith("/NIST_SP-800-53_rev4_catalog.json"));
        assertThat(only.includeAll()).isFalse();
        assertThat(only.excludedIds()).isEmpty();
        assertThat(only.includedIds()).isEqualTo(withIdsIn(path)).hasSize(count);
    }

    @Test
    void everyBaselineIdNamesAControlOfTheCatalog() throws IOException {
        Set<String> sourceIds = OscalCatalogParserTest.realCatalog().catalog().clauses().stream()
                .map(CatalogClause::sourceId).collect(Collectors.toSet());
        for (String file : List.of("nist-sp800-53-r4/NIST_SP-800-53_rev4_HIGH-baseline_profile.json",
                "fedramp-r4/FedRAMP_rev4_HIGH-baseline_profile.json")) {
            assertThat(parser.parse(Files.readString(reference(file))).imports().get(0).includedIds())
                    .as(file).allMatch(sourceIds::contains);
        }
    }

    @Test
    void jsonThatIsNoUsableProfileIsRejected() {
        assertThatThrownBy(() -> parser.parse("{\"catalog\": {}}")).isInstanceOf(ImportRejectedException.class)
                .hasMessage("not an OSCAL profile: no top-level 'profile' object");
        assertThatThrownBy(() -> parser.parse("{\"profile\": {\"imports\": []}}"))
                .isInstanceOf(ImportRejectedException.class).hasMessage("profile.imports is empty");
        assertThatThrownBy(() -> parser.parse("{\"profile\": {}}"))
                .isInstanceOf(ImportRejectedException.class).hasMessage("profile.imports is empty");
        assertThatThrownBy(() -> parser.parse("{\"profile\": {\"imports\": [{\"include-all\": {}}]}}"))
                .isInstanceOf(ImportRejectedException.class).hasMessageStartingWith("profile.imports[0].href is missing");
        assertThatThrownBy(() -> parser.parse("{\"profile\":\n {\"imports\": [}}"))
                .isInstanceOf(ImportRejectedException.class).hasMessageStartingWith("invalid JSON at line 2, column");
    }

    @Test
    void importsGiveTheirCatalogLocationsAndSelections() {
        ParsedOscalProfile parsed = parser.parse("""
                {"profile": {"uuid": "p-1", "metadata": {"title": "Mine", "version": "2"},
                 "imports": [
                   {"href": "#missing-uuid", "include-all": {}},
                   {"href": "https://example.org/catalog.json",
                    "include-controls": [{"with-ids": ["ac-1", "ac-2"]}, {"with-ids": ["ac-2", "ac-3"]},
                                         {"matching": [{"pattern": "ac-*"}]}],
                    "exclude-controls": [{"with-ids": ["ac-3"]}]},
                   {"href": "#cat", "include-all": {}}],
                 "back-matter": {"resources": [{"uuid": "cat", "rlinks": [{"href": "a.xml"}, {"href": "a.json"}]}]}}}""");

        assertThat(parsed.imports()).containsExactly(
                new Import("#missing-uuid", List.of(), true, List.of(), List.of()),
                new Import("https://example.org/catalog.json", List.of("https://example.org/catalog.json"), false,
                        List.of("ac-1", "ac-2", "ac-3"), List.of("ac-3")),
                new Import("#cat", List.of("a.xml", "a.json"), true, List.of(), List.of()));
        assertThat(parsed.problems()).containsExactly(
                new Problem(0, "profile.imports[0]: import href #missing-uuid names no back-matter resource"),
                new Problem(0, "profile.imports[1].include-controls[2].matching is not supported, its patterns were ignored"));
        assertThat(List.of(parsed.oscalUuid(), parsed.title(), parsed.version())).containsExactly("p-1", "Mine", "2");
    }
}
