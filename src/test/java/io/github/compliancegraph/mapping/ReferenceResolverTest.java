package io.github.compliancegraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.imports.oscal.OscalCatalogParser;
import io.github.compliancegraph.mapping.Notation.LetteredItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceResolverTest {

    static final String ISO = "iso27001-2013";
    static final String SNC = "secnumcloud-3.2";
    static final String NIST = "nist-sp800-53-r4";

    private final Map<String, Catalog> shipped = new ShippedCatalogs().catalogs().stream()
            .collect(Collectors.toMap(c -> c.framework().id(), Function.identity()));
    private final Set<String> isoRefs = refs(shipped.get(ISO));
    private final ReferenceResolver resolver = new ReferenceResolver(Map.of(ISO, isoRefs, SNC, refs(shipped.get(SNC))),
            new SectionContext(Set.of(7), Set.of(8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)));

    private static Set<String> refs(Catalog catalog) {
        return catalog.clauses().stream().map(CatalogClause::ref).collect(Collectors.toSet());
    }

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
    void shippedCatalogsAreTheRegistrysFrameworks() {
        assertThat(shipped.keySet()).containsExactlyInAnyOrder(ISO, SNC);
        shipped.values().forEach(catalog -> assertThat(new ShippedCatalogs().frameworks())
                .filteredOn(f -> f.id().equals(catalog.framework().id())).singleElement()
                .satisfies(f -> assertThat(List.of(f.name(), f.version(), f.publisher())).as(f.id())
                        .isEqualTo(List.of(catalog.framework().name(), catalog.framework().version(), catalog.framework().publisher()))));
    }

    @Test
    void shippedSecNumCloudCatalogHasEveryRequirementAsAnAssessableLeaf() {
        Catalog snc = shipped.get(SNC);
        Map<String, CatalogClause> byRef = snc.clauses().stream().collect(Collectors.toMap(CatalogClause::ref, Function.identity()));
        assertThat(byRef).hasSameSizeAs(snc.clauses());
        var requirements = snc.clauses().stream().filter(c -> c.ref().matches("\\d+(\\.\\d+)+\\.[a-z]")).toList();
        var headings = snc.clauses().stream().filter(c -> !requirements.contains(c)).toList();
        assertThat(requirements).as("the lettered requirements 5.1.a to 19.6.f").hasSize(278)
                .allSatisfy(c -> {
                    assertThat(c.assessable()).as(c.ref()).isTrue();
                    assertThat(c.title()).as("no title or text of ANSSI's: %s", c.ref()).isNull();
                    assertThat(c.parent()).as(c.ref()).isEqualTo(c.ref().substring(0, c.ref().lastIndexOf('.')));
                });
        assertThat(requirements.get(0).ref()).isEqualTo("5.1.a");
        assertThat(requirements.get(requirements.size() - 1).ref()).isEqualTo("19.6.f");
        assertThat(headings.stream().filter(c -> c.parent() == null)).extracting(CatalogClause::ref)
                .containsExactly("5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19");
        assertThat(headings).as("15 chapters and the 100 sub-chapters holding requirements").hasSize(115)
                .allSatisfy(c -> {
                    assertThat(c.assessable()).as("%s is a heading", c.ref()).isFalse();
                    assertThat(c.title()).as(c.ref()).isNotBlank();
                    assertThat(requirements).as("%s holds requirements", c.ref()).anyMatch(r -> r.ref().startsWith(c.ref() + "."));
                });
        assertThat(byRef.get("10.5.c").parent()).isEqualTo("10.5");
        assertThat(byRef.get("11.1.2").parent()).isEqualTo("11.1");
        assertThat(byRef.get("18.2.1.a").parent()).isEqualTo("18.2.1");
        assertThat(byRef.get("18.2.1").parent()).isEqualTo("18.2");
    }

    @Test
    void secNumCloudCitationsResolveAgainstTheShippedCatalog() {
        assertThat(resolve(SNC, "10.5.c", 13).resolution()).isEqualTo(Resolution.EXACT);
        assertThat(resolve(SNC, "17.4", 20)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("secnumcloud-3.2:17.4");
            assertThat(r.resolution()).isEqualTo(Resolution.EXACT);
        });
        assertThat(resolve(SNC, "10.5.z", 13).resolution()).isEqualTo(Resolution.NOT_IN_CATALOG);
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
        assertThat(resolve("hds", "4.4.6.10", 13)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("hds:4.4.6.10");
            assertThat(r.resolution()).isEqualTo(Resolution.UNCATALOGUED);
        });
    }

    @Test
    void frameworkLevelReference() {
        var r = resolver.resolve(new CitedReference("secnumcloud-3.2", null, null, "SNC"), 12);
        assertThat(r.target()).isEqualTo("secnumcloud-3.2");
        assertThat(r.resolution()).isEqualTo(Resolution.FRAMEWORK);
    }

    /** The bundled NIST SP 800-53 rev 4 OSCAL catalog, read as the import reads it: a group clause per family. */
    private static Set<String> nistRefs() throws IOException {
        return refs(new OscalCatalogParser().parse(Files.readString(Path.of("data/catalogs/NIST_SP-800-53_rev4_catalog-min.json")),
                new FrameworkInfo(NIST, "NIST SP 800-53", "rev4", "NIST", null)).catalog());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "AC: ACCESS CONTROL => AC => FAMILY",
            "AC => AC => FAMILY",
            "si => => ", // lower case is an OSCAL control id only, never a family
            "AC-02 (a) => AC-2 => EXACT",
            "IA-05 (04) => IA-5(4) => EXACT",
            "ac-2.1 => AC-2(1) => EXACT",
            "si-16 => SI-16 => EXACT",
            "AC-2 (1): ACCOUNT MANAGEMENT | AUTOMATED SYSTEM ACCOUNT MANAGEMENT => AC-2(1) => EXACT",
            "ZZ: NO SUCH FAMILY => ZZ => NOT_IN_CATALOG",
            "AC-99 => AC-99 => NOT_IN_CATALOG"})
    void publishedNistFormsResolveAgainstTheBundledCatalog(String cell, String ref, Resolution resolution) throws IOException {
        var cited = new ReferenceCellParser(List.of(), new Notation("NIST", NIST, LetteredItems.QUALIFIER)).parse(cell).references();
        if (ref == null) {
            assertThat(cited).isEmpty();
            return;
        }
        var nist = new ReferenceResolver(Map.of(NIST, nistRefs()), SectionContext.NONE);
        assertThat(cited).singleElement().satisfies(c -> assertThat(nist.resolve(c, 0)).satisfies(r -> {
            assertThat(r.target()).isEqualTo(NIST + ":" + ref);
            assertThat(r.resolution()).isEqualTo(resolution);
        }));
    }

    @Test
    void familyIsItsGroupClauseNeverItsFirstControl() throws IOException {
        Set<String> catalog = nistRefs();
        assertThat(catalog).contains("AC", "AC-1");
        var family = new CitedReference(NIST, "AC", null, "AC: ACCESS CONTROL");
        assertThat(new ReferenceResolver(Map.of(NIST, catalog), SectionContext.NONE).resolve(family, 0)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("nist-sp800-53-r4:AC");
            assertThat(r.resolution()).isEqualTo(Resolution.FAMILY);
        });
        assertThat(Resolution.FAMILY.label()).isEqualTo("family");
        assertThat(Resolution.FAMILY.worthListing()).as("listed line by line as family-level").isTrue();
    }

    @Test
    void familyWithoutItsCatalogIsKeptAsCited() {
        var family = new CitedReference(NIST, "AC", null, "AC");
        assertThat(resolver.resolve(family, 0)).satisfies(r -> {
            assertThat(r.target()).isEqualTo("nist-sp800-53-r4:AC");
            assertThat(r.resolution()).isEqualTo(Resolution.UNCATALOGUED);
        });
        var withoutFamilies = new ReferenceResolver(Map.of(NIST, Set.of("AC-1", "AC-2")), SectionContext.NONE);
        assertThat(withoutFamilies.resolve(family, 0).resolution()).isEqualTo(Resolution.NOT_IN_CATALOG);
    }

    @Test
    void ancestorsFollowTheDots() {
        assertThat(ClauseIds.ancestors("A.9.2.1")).containsExactly("A.9.2", "A.9", "A");
        assertThat(ClauseIds.ancestors("10.5.c")).containsExactly("10.5", "10");
        assertThat(ClauseIds.ancestors("4")).isEmpty();
    }
}
