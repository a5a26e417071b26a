package io.github.compliancegraph.imports.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;

class ComplianceOfferingReaderTest {

    static final Path PAGE = Path.of("data/sources/microsoft-mars-e-2.0-offering.fr.md");
    static final SourceManifest MANIFEST = new SourceManifest("microsoft-mars-e", SourceManifest.COMPLIANCE_OFFERING,
            "page.md", "MARS-E", "Microsoft", "fr", null, "test", "microsoft", null, null, null);
    static final ImportedSource SOURCE = new ImportedSource("microsoft-mars-e", SourceManifest.COMPLIANCE_OFFERING,
            "page.md", "MARS-E", "Microsoft", null, "fr", "0", "test");

    private final ComplianceOfferingReader reader = new ComplianceOfferingReader();

    private SourceGraph realPage() throws IOException {
        return reader.read(MANIFEST, SOURCE, Files.readString(PAGE));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> extra(SourceGraph graph, String name, String key) {
        return (List<Map<String, Object>>) graph.extras().stream().filter(c -> c.name().equals(name))
                .map(CypherCall::parameters).findFirst().orElseThrow().get(key);
    }

    @Test
    void dateComesFromTheFrontMatter() throws IOException {
        assertThat(realPage().source().date()).isEqualTo("2019-11-04");
    }

    @Test
    void marsEIsDerivedFromNist80053Rev4() throws IOException {
        assertThat(extra(realPage(), "import/frameworks-derived-merge", "relations")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("from", "mars-e-2.0").containsEntry("to", "nist-sp800-53-r4");
            assertThat((String) r.get("evidence")).startsWith("Le CMS a alors revu le cadre de MARS-E pour se conformer")
                    .contains("MARS-E 2.0");
        });
    }

    @Test
    void inScopeServicesAndTheirAudits() throws IOException {
        SourceGraph page = realPage();
        assertThat(extra(page, "import/offering-services-merge", "services")).extracting(s -> s.get("id"))
                .containsExactly("azure", "azure-government", "intune");
        assertThat(extra(page, "import/services-audited-merge", "audits"))
                .extracting(a -> a.get("service") + "->" + a.get("framework"))
                .containsExactly("azure->fedramp-moderate-r4", "azure-government->fedramp-high-r4");
        assertThat(extra(page, "import/frameworks-evidence-merge", "relations")).extracting(r -> r.get("from"))
                .containsExactlyInAnyOrder("fedramp-moderate-r4", "fedramp-high-r4");
    }

    @Test
    void whoMarsEAppliesTo() throws IOException {
        SourceGraph page = realPage();
        var applies = page.extras().stream().filter(c -> c.name().equals("import/framework-applies-merge")).findFirst().orElseThrow();
        assertThat((List<String>) applies.parameters().get("parties")).containsExactly("aca-administering-entities",
                "aca-exchanges", "aca-federal-and-state-agencies", "medicaid-agency", "chip-agencies", "aca-vendors-and-contractors");
        assertThat(page.parties()).extracting(PartyRecord::id).contains("microsoft", "microsoft-customer", "medicaid-agency");
    }

    @Test
    void faqAnswersBecomeStatementsOfTheirParty() throws IOException {
        SourceGraph page = realPage();
        assertThat(page.controls()).extracting(c -> c.party()).containsOnly("microsoft", "microsoft-customer");
        assertThat(page.controls()).filteredOn(c -> c.party().equals("microsoft-customer")).singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).startsWith("Les clients Azure et Azure Government peuvent utiliser");
                    assertThat(c.references()).extracting(ResolvedReference::target)
                            .containsExactlyInAnyOrder("fedramp-moderate-r4", "fedramp-high-r4", "mars-e-2.0");
                });
        assertThat(page.controls()).anySatisfy(c -> {
            assertThat(c.party()).isEqualTo("microsoft");
            assertThat(c.text()).startsWith("Microsoft s").contains("que la plateforme Azure respecte les conditions applicables");
            assertThat(c.sectionTitle()).startsWith("Quelles sont les responsabilités de Microsoft");
        });
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'Oui.'"));
    }

    @Test
    void pageAboutNoKnownFrameworkIsRejected() {
        assertThatThrownBy(() -> reader.read(MANIFEST, SOURCE, "# Something else\n\n## FAQ\n\n**Q?**\n\nMicrosoft does.\n"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("names no known framework");
    }

    @Test
    void unclosedFrontMatterIsRejected() {
        assertThatThrownBy(() -> reader.read(MANIFEST, SOURCE, "---\ntitle: x\n# MARS-E\n"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("front matter");
    }
}
