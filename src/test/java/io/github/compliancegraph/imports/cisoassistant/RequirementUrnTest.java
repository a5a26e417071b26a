package io.github.compliancegraph.imports.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementUrnTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "urn:intuitem:risk:req_node:iso27001-2013:a.5.1.1     | iso27001-2013    | a.5.1.1",
        "urn:intuitem:risk:req_node:iso27001-2013:9.2         | iso27001-2013    | 9.2",
        "urn:intuitem:risk:req_node:iso27001-2022:a.8.10      | iso27001-2022    | a.8.10",
        "urn:intuitem:risk:req_node:secnumcloud-3.2:10.5.c    | secnumcloud-3.2  | 10.5.c",
        "urn:intuitem:risk:req_node:secnumcloud-3.2:a1.iii    | secnumcloud-3.2  | a1.iii",
        "urn:intuitem:risk:req_node:secnumcloud-3.2:node378   | secnumcloud-3.2  | node378",
        "urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-2(1) | nist-sp800-53-r5 | ac-2(1)",
        "urn:intuitem:risk:req_node:hds-v2023-a:[exi-01]      | hds-v2           | [exi-01]",
        "URN:intuitem:risk:REQ_NODE:iso27001-2013:A.9.2.1     | iso27001-2013    | a.9.2.1",
    })
    void aRequirementUrnSpellsItsFrameworkUnderTheProjectsIdAndItsRefInLowerCase(String urn, String framework, String ref) {
        assertThat(RequirementUrn.parse(urn)).contains(new RequirementUrn(framework, ref));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "urn:intuitem:risk:framework:iso27001-2013",
        "urn:intuitem:risk:req_mapping_set:iso27001-2013",
        "urn:intuitem:risk:req_node:iso27001-2013",
        "urn:intuitem:risk:req_node:iso27001-2013:",
        "urn:intuitem:risk:req_node::a.5.1.1",
        "urn:intuitem:risk:req_node:iso27001-2013:a.5.1.1:extra",
        "iso27001-2013:A.5.1.1",
        "",
    })
    void anythingElseNamesNoRef(String urn) {
        assertThat(RequirementUrn.parse(urn)).isEmpty();
    }

    /**
     * The comparison rule on the real libraries: each node's urn spells its framework and its clause's ref
     * written lower-case with spaces as '-', as {@code cypher/import/clauses-by-framework-ref.cypher}
     * writes clause refs, except where the urn itself has a typo.
     */
    @ParameterizedTest
    @CsvSource({
        "iso27001-2013.yaml, 0",
        "iso27001-2022.yaml, 0",
        "secnumcloud-3.2.yaml, 1",
        "nist-sp-800-53-rev5.yaml, 0",
        "hds-v2.yaml, 0",
    })
    void everyNodeOfTheRealLibrariesSpellsItsClauseRef(String file, long typos) throws IOException {
        Path path = Path.of(System.getProperty("shared.dir", "../shared"), "reference", "ciso-assistant", file);
        Assumptions.assumeTrue(Files.exists(path), "reference file absent: " + path);
        Catalog catalog = new CisoAssistantLibraryParser().parse(Files.readString(path, StandardCharsets.UTF_8)).frameworks().get(0);

        Map<CatalogClause, Optional<RequirementUrn>> spelled = catalog.clauses().stream()
                .collect(Collectors.toMap(c -> c, c -> RequirementUrn.parse(c.sourceId())));

        assertThat(spelled.values()).allSatisfy(r -> assertThat(r).map(RequirementUrn::framework).contains(catalog.framework().id()));
        assertThat(spelled.entrySet().stream()
                .filter(e -> !e.getValue().orElseThrow().ref().equals(e.getKey().ref().toLowerCase(Locale.ROOT).replace(' ', '-'))))
                .as("urns whose last segment is not the ref written lower-case").hasSize((int) typos);
    }
}
