package io.github.compliancegraph.imports.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.oscal.ResponsibilityStatement;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.Framework;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.SourceDocument;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;

/**
 * System security plans as NIST, compliance-trestle and FedRAMP write them (fixtures in
 * {@code oscal-plans/}, written by us in their shapes, their traps included), and this project's
 * own export, read back exactly.
 */
class OscalSspReaderTest {

    private static final String R5 = "nist-sp800-53-r5";
    private static final Map<String, Set<String>> CATALOGS = Map.of(
            R5, Set.of("AC-1", "AC-2", "AC-2(1)", "AU-2", "IA-2(1)"),
            "iso27001-2013", Set.of("A.9.2.1", "A.9.2.2", "A.12.3.1"));

    private final OscalSspReader reader = new OscalSspReader();

    private static String fixture(String file) throws IOException {
        try (InputStream in = OscalSspReaderTest.class.getClassLoader().getResourceAsStream("oscal-plans/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SourceGraph read(String file, String json, String framework, String provider) {
        var source = new ImportedSource(ImportedSource.idOf(file), "oscal-ssp", file, null, null, null, null, null, null);
        return reader.read(source, json, new OscalSspReader.Options(framework, provider), CATALOGS);
    }

    private SourceGraph read(String file, String framework, String provider) throws IOException {
        return read(file, fixture(file), framework, provider);
    }

    /** Statements per party, as the import report counts them (a shared statement for each of its parties). */
    private static Map<String, Long> byParty(SourceGraph graph) {
        return graph.controls().stream().flatMap(c -> Stream.of(c.party(), c.sharedWith()).filter(Objects::nonNull))
                .collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
    }

    /** One line per statement: party, section, id, references, responsibility, status, reference cell. */
    private static List<String> rows(SourceGraph graph) {
        return graph.controls().stream().map(c -> String.join(" | ", c.party() + (c.sharedWith() == null ? "" : "+" + c.sharedWith()),
                c.section(), String.valueOf(c.statementId()), c.references().stream().map(OscalSspReaderTest::reference).toList().toString(),
                String.valueOf(c.responsibility()), String.valueOf(c.implementationStatus()), String.valueOf(c.referenceCell()))).toList();
    }

    private static String reference(ResolvedReference r) {
        return r.target() + (r.cited().qualifier() == null ? "" : "[" + r.cited().qualifier() + "]") + " " + r.resolution().label();
    }

    private static List<String> messages(SourceGraph graph) {
        return graph.problems().stream().map(Problem::message).toList();
    }

    private static final String NIST_AC2 = "control-implementation.implemented-requirements[0].statements[0].by-components";

    @Test
    void nistLeveragedPlanWithRolesButNoPartiesIsReadByEntryKind() throws IOException {
        SourceGraph graph = read("nist-leveraged-saas.json", null, null);

        assertThat(graph.parties()).containsExactly(
                new PartyRecord("cumulus-object-storage-customer", "Customer of Cumulus Object Storage", "customer"),
                new PartyRecord("cumulus-object-storage", "Cumulus Object Storage", "provider"));
        assertThat(byParty(graph)).containsExactly(Map.entry("cumulus-object-storage", 3L), Map.entry("cumulus-object-storage-customer", 2L));
        assertThat(rows(graph)).containsExactly(
                "cumulus-object-storage-customer | AC | a1000000-0000-4000-8000-000000000301 | [nist-sp800-53-r5:AC-2[a] exact] | responsibility"
                        + " | null | ac-2_stmt.a; ac-2_stmt.a (provided a1000000-0000-4000-8000-000000000401)",
                "cumulus-object-storage | AC | a1000000-0000-4000-8000-000000000401 | [nist-sp800-53-r5:AC-2[a] exact] | provided | null | ac-2_stmt.a",
                "cumulus-object-storage-customer | AC | a1000000-0000-4000-8000-000000000303 | [nist-sp800-53-r5:AC-2[b] exact] | responsibility"
                        + " | null | ac-2_stmt.b (provided a1000000-0000-4000-8000-000000000401)",
                "cumulus-object-storage | AC | a1000000-0000-4000-8000-000000000402 | [nist-sp800-53-r5:AC-2(1) exact] | provided | null | ac-2.1",
                "cumulus-object-storage | AU | a1000000-0000-4000-8000-000000000403 | [nist-sp800-53-r5:AU-11 not-in-catalog] | provided | null | au-11");
        assertThat(graph.controls().get(0).text()).isEqualTo("Tenants decide which of their staff hold storage accounts, and of which type.");
        assertThat(graph.controls()).extracting(ControlRecord::uid).allMatch(uid -> uid.startsWith("nist-leveraged-saas:A"));
        assertThat(messages(graph)).containsExactly(
                "framework nist-sp800-53-r5 taken from the import-profile's baseline "
                        + "'../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json'",
                NIST_AC2 + "[1].export.responsibilities[0]: same description, parties, origination and status as "
                        + NIST_AC2 + "[0].export.responsibilities[0]; taken as one statement");
    }

    @Test
    void theProviderOptionNamesTheProviderAndItsCustomer() throws IOException {
        SourceGraph graph = read("nist-leveraged-saas.json", null, "cumulus");

        assertThat(graph.parties()).containsExactly(new PartyRecord("cumulus-customer", "Customer of cumulus", "customer"),
                new PartyRecord("cumulus", "cumulus", "provider"));
        assertThat(byParty(graph)).containsExactly(Map.entry("cumulus", 3L), Map.entry("cumulus-customer", 2L));
    }

    @Test
    void trestlePlanWithAnUnresolvableProfileNeedsTheFrameworkOption() throws IOException {
        assertThatThrownBy(() -> read("trestle-leveraged-iaas.json", null, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("trestle-leveraged-iaas.json: import-profile 'trestle://profiles/nimbostratus-baseline/profile.json' names "
                        + "no framework this product knows; give the framework option, the id of the framework its control-ids name "
                        + "(framework=nist-sp800-53-r5 over HTTP, --framework=nist-sp800-53-r5 on the command line)");
    }

    @Test
    void trestlePlanKeepsImplementationStatusesApart() throws IOException {
        SourceGraph graph = read("trestle-leveraged-iaas.json", R5, null);

        assertThat(byParty(graph)).containsExactly(Map.entry("nimbostratus-compute", 4L), Map.entry("nimbostratus-compute-customer", 1L));
        assertThat(rows(graph)).containsExactly(
                "nimbostratus-compute | AC | b2000000-0000-4000-8000-000000000401 | [nist-sp800-53-r5:AC-1[a] exact] | provided | implemented"
                        + " | ac-1_stmt.a",
                "nimbostratus-compute-customer | AC | b2000000-0000-4000-8000-000000000301 | [nist-sp800-53-r5:AC-2[a] exact] | responsibility"
                        + " | null | ac-2_stmt.a; ac-2_stmt.a (provided b2000000-0000-4000-8000-000000000403)",
                "nimbostratus-compute | AC | b2000000-0000-4000-8000-000000000403 | [nist-sp800-53-r5:AC-2[a] exact] | provided | null | ac-2_stmt.a",
                "nimbostratus-compute | AC | b2000000-0000-4000-8000-000000000404 | [nist-sp800-53-r5:AC-2(1) exact] | provided | planned | ac-2.1",
                "nimbostratus-compute | AC | b2000000-0000-4000-8000-000000000405 | [nist-sp800-53-r5:AC-2(1) exact] | provided | implemented"
                        + " | ac-2.1");
        assertThat(graph.controls().get(4).uid()).as("the same text, planned here and implemented there: two statements")
                .isEqualTo(graph.controls().get(3).uid() + "-2");
        String ac1 = "control-implementation.implemented-requirements[0].statements[0].by-components";
        String ac2 = "control-implementation.implemented-requirements[1].statements[0].by-components";
        assertThat(messages(graph)).containsExactly(
                "import-profile 'trestle://profiles/nimbostratus-baseline/profile.json' names no framework this product knows; "
                        + "not used: control-ids read as nist-sp800-53-r5, the framework option",
                ac1 + "[1].export.provided[0]: same description, parties, origination and status as " + ac1
                        + "[0].export.provided[0]; taken as one statement",
                ac2 + "[1].export.responsibilities[0]: same description, parties, origination and status as " + ac2
                        + "[0].export.responsibilities[0]; taken as one statement");
    }

    @Test
    void fedrampPlanKeepsOriginationAndStatusAndReportsWhatContradictsItself() throws IOException {
        SourceGraph graph = read("fedramp-rev5-csp.json", null, null);

        assertThat(graph.parties()).containsExactly(
                new PartyRecord("stratus-fc", "Stratus Federal Cloud", "provider"),
                new PartyRecord("stratus-fc-customer", "Customer of Stratus Federal Cloud", "customer"),
                new PartyRecord("DoEx", "Department of Examples", "customer"));
        assertThat(byParty(graph)).containsExactly(Map.entry("DoEx", 1L), Map.entry("stratus-fc", 4L), Map.entry("stratus-fc-customer", 2L));
        String ac2 = "sp-system, customer-configured | partial | ac-2_smt.a";
        assertThat(rows(graph)).containsExactly(
                "stratus-fc | AC | c3000000-0000-4000-8000-000000000401 | [nist-sp800-53-r5:AC-2[a] exact] | " + ac2,
                "stratus-fc-customer | AC | c3000000-0000-4000-8000-000000000301 | [nist-sp800-53-r5:AC-2[a] exact] | " + ac2
                        + " (provided c3000000-0000-4000-8000-000000000401)",
                "stratus-fc | AC | c3000000-0000-4000-8000-000000000402 | [nist-sp800-53-r5:AC-2[a] exact] | " + ac2,
                "DoEx | AC | c3000000-0000-4000-8000-000000000302 | [nist-sp800-53-r5:AC-2[a] exact] | " + ac2
                        + " (provided c3000000-0000-4000-8000-000000000402)",
                "stratus-fc | AU | c3000000-0000-4000-8000-000000000403 | [nist-sp800-53-r5:AU-2[a] exact] | sp-corporate | implemented | au-2_smt.a",
                "stratus-fc-customer | IA | c3000000-0000-4000-8000-000000000303 | [nist-sp800-53-r5:IA-2(1) exact] | customer-provided"
                        + " | alternative | ia-2.1",
                "stratus-fc | MP | c3000000-0000-4000-8000-000000000405 | [nist-sp800-53-r5:MP-1 not-in-catalog] | sp-corporate | implemented | _smt");
        String ac2a = "control-implementation.implemented-requirements[0].statements[1].by-components";
        assertThat(messages(graph)).containsExactly(
                "framework nist-sp800-53-r5 taken from the import-profile's baseline 'https://raw.githubusercontent.com/GSA/fedramp-automation/"
                        + "master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json'",
                "system-implementation.components[3]: uuid c3000000-0000-4000-8000-0000000000c2 repeats that of "
                        + "system-implementation.components[1] ('Tenant portal'); by-components naming it cannot say which component they mean",
                ac2a + "[0].export.responsibilities[0]: responsibilities entry naming only the provider role ['cloud-service-provider'];"
                        + " taken as the customer's, as export.responsibilities says",
                ac2a + "[1].export.provided[0]: provided entry naming only the customer role ['customer'];"
                        + " taken as the provider's, as export.provided says",
                "control-implementation.implemented-requirements[1].statements[0].by-components[0].export.provided[1]: no description, skipped",
                "control-implementation.implemented-requirements[3].statements[0]: statement-id '_smt' is not a statement of mp-1;"
                        + " cited as mp-1 as a whole",
                "2 inherited and 1 satisfied entries (what this plan's system takes from the systems it leverages) counted,"
                        + " not imported as statements");
    }

    @Test
    void aPlanThatOnlyInheritsHasNothingToImport() {
        assertThatThrownBy(() -> read("nist-leveraging-inherited-only.json", null, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("nist-leveraging-inherited-only.json: nothing to import: 0 provided, 0 responsibilities, 3 inherited / satisfied");
    }

    /** A plan of one requirement, ac-2, whose by-components are given; framework and parties as NIST's examples leave them. */
    private SourceGraph plan(String byComponents) {
        String json = """
                {"system-security-plan": {"uuid": "f6000000-0000-4000-8000-000000000001",
                  "metadata": {"title": "Cirrus Queue", "last-modified": "2024-03-01T00:00:00Z", "version": "1", "oscal-version": "1.1.2"},
                  "import-profile": {"href": "NIST_SP-800-53_rev5_LOW-baseline_profile.json"},
                  "system-implementation": {"components": [{"uuid": "f6000000-0000-4000-8000-0000000000c1", "type": "this-system",
                    "title": "This system", "description": "The queue.", "status": {"state": "operational"}}]},
                  "control-implementation": {"description": "Responses.", "implemented-requirements": [
                    {"uuid": "f6000000-0000-4000-8000-000000000201", "control-id": "ac-2", "by-components": %s}]}}}
                """.formatted(byComponents);
        return read("cirrus.json", json, null, null);
    }

    @Test
    void danglingLinksAndUnknownPartiesAreReported() {
        SourceGraph graph = plan("""
                [{"component-uuid": "f6000000-0000-4000-8000-0000000000c9", "uuid": "f6000000-0000-4000-8000-000000000211",
                  "description": "d", "export": {
                    "provided": [{"uuid": "f6000000-0000-4000-8000-000000000401", "description": "Queues are encrypted.",
                                  "responsible-roles": [{"role-id": "provider", "party-uuids": ["f6000000-0000-4000-8000-0000000000a9"]}]}],
                    "responsibilities": [{"uuid": "f6000000-0000-4000-8000-000000000301", "provided-uuid": "f6000000-0000-4000-8000-000000000499",
                                  "description": "Customers rotate their queue keys.",
                                  "responsible-roles": [{"role-id": "customer"}, {"role-id": "provider"}]}]}}]""");

        assertThat(rows(graph)).containsExactly(
                "cirrus-queue | AC | f6000000-0000-4000-8000-000000000401 | [nist-sp800-53-r5:AC-2 exact] | provided | null | ac-2",
                "cirrus-queue+cirrus-queue-customer | AC | f6000000-0000-4000-8000-000000000301 | [nist-sp800-53-r5:AC-2 exact] | responsibility"
                        + " | null | ac-2 (provided f6000000-0000-4000-8000-000000000499)");
        String at = "control-implementation.implemented-requirements[0].by-components[0]";
        assertThat(messages(graph)).containsExactly(
                "framework nist-sp800-53-r5 taken from the import-profile's baseline 'NIST_SP-800-53_rev5_LOW-baseline_profile.json'",
                at + ": component-uuid f6000000-0000-4000-8000-0000000000c9 names no component of system-implementation",
                at + ".export.provided[0]: party-uuid f6000000-0000-4000-8000-0000000000a9 names no party of metadata.parties; ignored",
                at + ".export.responsibilities[0]: provided-uuid f6000000-0000-4000-8000-000000000499 names no provided entry of this plan");
    }

    @Test
    void entriesWithoutDescriptionLeaveNothingToImport() {
        assertThatThrownBy(() -> plan("""
                [{"component-uuid": "f6000000-0000-4000-8000-0000000000c1", "uuid": "f6000000-0000-4000-8000-000000000211",
                  "description": "d", "export": {"provided": [{"uuid": "f6000000-0000-4000-8000-000000000401"}]}}]"""))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("cirrus.json: nothing to import: 1 provided, 0 responsibilities, 0 inherited / satisfied"
                        + " (no provided or responsibility entry has a description)");
    }

    private static ResponsibilityStatement row(String ref, String control, String statementId, String section, String text,
            String lang, String party, String role) {
        return new ResponsibilityStatement("iso27001-2013:" + ref, ref, null, null, control, statementId, null, section,
                section.equals("4") ? "Access control" : null, text, lang, party,
                party.equals("nimbus") ? "Nimbus Cloud" : "Nimbus customers", role);
    }

    private static String ownExport() {
        String accounts = "Nimbus creates user accounts on request.";
        String backups = "Backups are scheduled by the customer and run by Nimbus.";
        var rows = List.of(
                row("A.9.2.1", "nimbus-matrix:4:nimbus:1", "AC-01", "4", accounts, "en", "nimbus", "provider"),
                row("A.9.2.1", "nimbus-matrix:4:nimbus-customer:2", null, "4", "The customer asks for accounts for its staff.", "en",
                        "nimbus-customer", "customer"),
                row("A.9.2.2", "nimbus-matrix:4:nimbus:1", "AC-01", "4", accounts, "en", "nimbus", "provider"),
                row("A.12.3.1", "nimbus-matrix:7:shared:3", null, "7", backups, "fr", "nimbus", "provider"),
                row("A.12.3.1", "nimbus-matrix:7:shared:3", null, "7", backups, "fr", "nimbus-customer", "customer"));
        return SharedResponsibilitySsp.of("nimbus", new Framework("iso27001-2013", "ISO/IEC 27001", "2013"),
                List.of(new SourceDocument("nimbus-matrix", "Nimbus matrix", "0123456789abcdef", "2024-03-01T00:00:00Z")), rows).toString();
    }

    @Test
    void thisProjectsOwnExportReadsBackAsItWasExported() {
        SourceGraph graph = read("nimbus_ssp.json", ownExport(), null, null);

        assertThat(graph.problems()).isEmpty();
        assertThat(graph.parties()).containsExactly(new PartyRecord("nimbus", "Nimbus Cloud", "provider"),
                new PartyRecord("nimbus-customer", "Nimbus customers", "customer"));
        assertThat(rows(graph)).containsExactly(
                "nimbus | 4 | AC-01 | [iso27001-2013:A.9.2.1 exact, iso27001-2013:A.9.2.2 exact] | null | null | null",
                "nimbus-customer | 4 | null | [iso27001-2013:A.9.2.1 exact] | null | null | null",
                "nimbus+nimbus-customer | 7 | null | [iso27001-2013:A.12.3.1 exact] | null | null | null");
        assertThat(graph.controls()).extracting(ControlRecord::sectionTitle).containsExactly("Access control", "Access control", null);
        assertThat(graph.controls()).extracting(ControlRecord::lang).containsExactly("en", "en", "fr");
        assertThat(graph.controls().get(2).uid()).startsWith("nimbus-ssp:7:shared:");
    }

    @Test
    void aFrameworkOptionOtherThanThePlansIsUsedAndNoted() {
        SourceGraph graph = read("nimbus_ssp.json", ownExport(), "iso27001-2022", null);

        assertThat(graph.controls()).hasSize(3);
        assertThat(messages(graph)).singleElement().asString()
                .startsWith("the plan names framework iso27001-2013 (import-profile '#")
                .endsWith("'); control-ids read as iso27001-2022, the framework option");
    }
}
