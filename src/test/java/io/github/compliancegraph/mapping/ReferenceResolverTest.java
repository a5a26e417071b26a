package io.github.compliancegraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.ShippedCatalogs;
import org.junit.jupiter.api.Test;

class ReferenceResolverTest {

    static final String ISO = "iso27001-2013";

    private final Set<String> isoRefs = new ShippedCatalogs().catalogs().get(0).clauses().stream()
            .map(CatalogClause::ref).collect(Collectors.toSet());
    private final ReferenceResolver resolver = new ReferenceResolver(Map.of(ISO, isoRefs),
            new SectionContext(Set.of(7), Set.of(8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)));

    private ResolvedReference resolve(String framework, String ref, int section) {
        return resolver.resolve(new CitedReference(framework, ref, null, ref), section);
    }

    @Test
    void shippedIsoCatalogHasTheStructureOf2013() {
        assertThat(isoRefs.stream().filter(r -> r.matches("A\\.\\d+\\.\\d+\\.\\d+"))).hasSize(114);
        assertThat(isoRefs.stream().filter(r -> r.matches("A\\.\\d+\\.\\d+"))).hasSize(35);
        assertThat(isoRefs.stream().filter(r -> r.matches("A\\.\\d+"))).hasSize(14);
        assertThat(isoRefs).contains("4", "6.1.3", "10.2");
    }

    @Test
    void numberInBothPartsFollowsTheSection() {
        assertThat(resolve(ISO, "6.1.3", 9)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("iso27001-2013:A.6.1.3");
            assertThat(r.resolution()).isEqualTo(Resolution.CONTEXT);
        });
        assertThat(resolve(ISO, "6.1.3", 7).target()).isEqualTo("iso27001-2013:6.1.3");
        assertThat(resolve(ISO, "8.2", 11).target()).isEqualTo("iso27001-2013:A.8.2");
        assertThat(resolve(ISO, "8.2", 7).target()).isEqualTo("iso27001-2013:8.2");
    }

    @Test
    void numberInBothPartsOutsideAnyRuleIsAmbiguous() {
        assertThat(resolve(ISO, "6.1.3", 3).resolution()).isEqualTo(Resolution.AMBIGUOUS);
    }

    @Test
    void numberOnlyInAnnexAIsAnnexA() {
        assertThat(resolve(ISO, "10.1.2", 13)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("iso27001-2013:A.10.1.2");
            assertThat(r.resolution()).isEqualTo(Resolution.ANNEX_INFERRED);
        });
    }

    @Test
    void numberOnlyInMainBodyIsMainBody() {
        assertThat(resolve(ISO, "5.2", 8).target()).isEqualTo("iso27001-2013:5.2");
        assertThat(resolve(ISO, "5.2", 8).resolution()).isEqualTo(Resolution.EXACT);
    }

    @Test
    void unknownRefIsKeptAndFlagged() {
        assertThat(resolve(ISO, "A.15.1.13", 18).resolution()).isEqualTo(Resolution.NOT_IN_CATALOG);
        assertThat(resolve(ISO, "6.1.f", 7)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("iso27001-2013:6.1.f");
            assertThat(r.resolution()).isEqualTo(Resolution.NOT_IN_CATALOG);
        });
    }

    @Test
    void frameworkWithoutCatalogKeepsTheRefAsCited() {
        assertThat(resolve("secnumcloud-3.2", "10.5.c", 13).resolution()).isEqualTo(Resolution.UNCATALOGUED);
    }

    @Test
    void frameworkLevelReference() {
        var r = resolver.resolve(new CitedReference("secnumcloud-3.2", null, null, "SNC"), 12);
        assertThat(r.target()).isEqualTo("secnumcloud-3.2");
        assertThat(r.resolution()).isEqualTo(Resolution.FRAMEWORK);
    }

    @Test
    void ancestorsFollowTheDots() {
        assertThat(ClauseIds.ancestors("A.9.2.1")).containsExactly("A.9.2", "A.9", "A");
        assertThat(ClauseIds.ancestors("10.5.c")).containsExactly("10.5", "10");
        assertThat(ClauseIds.ancestors("4")).isEmpty();
    }
}
