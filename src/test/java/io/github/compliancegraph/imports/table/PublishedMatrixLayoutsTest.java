package io.github.compliancegraph.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.compliancegraph.ReferenceFiles;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.cisoassistant.CisoAssistantLibraryParser;
import io.github.compliancegraph.imports.oscal.OscalCatalogParser;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.problem.InvalidParameterException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responsibility tables in the layouts published in the field, from {@link ResponsibilityWorkbooks}. */
class PublishedMatrixLayoutsTest {

    private static final Map<String, Set<String>> CATALOGS = new HashMap<>();
    private final MatrixTableReader reader = new MatrixTableReader();

    /** The rev 4 catalog the app bundles; rev 5 from the CISO Assistant library, where the reference data lies. */
    @BeforeAll
    static void catalogs() throws IOException {
        String rev4 = Files.readString(Path.of("data/catalogs/NIST_SP-800-53_rev4_catalog-min.json"));
        CATALOGS.put("nist-sp800-53-r4", refs(new OscalCatalogParser().parse(rev4,
                new FrameworkInfo("nist-sp800-53-r4", "NIST SP 800-53", "rev4", "NIST", null)).catalog().clauses()));
        if (Files.isDirectory(ReferenceFiles.DIR)) {
            CATALOGS.put("nist-sp800-53-r5", refs(new CisoAssistantLibraryParser().parse(new String(
                    ReferenceFiles.read("ciso-assistant/nist-sp-800-53-rev5.yaml"), StandardCharsets.UTF_8)).frameworks().get(0).clauses()));
        }
    }

    private static Set<String> refs(List<CatalogClause> clauses) {
        return clauses.stream().map(CatalogClause::ref).collect(Collectors.toSet());
    }

    private SourceGraph read(byte[] content, String file, Map<String, String> options) {
        return read(content, file, null, options);
    }

    private SourceGraph read(byte[] content, String file, String sidecar, Map<String, String> options) {
        SourceManifest manifest = MatrixManifest.of(file, sidecar == null ? null : sidecar.getBytes(StandardCharsets.UTF_8), options);
        var source = new ImportedSource(manifest.id(), manifest.kind(), file, manifest.title(), null, null, "en", "0", "test");
        return reader.read(manifest, source, Table.read(content, file), CATALOGS);
    }

    /** Statements per binding: a party, "provider+second party" when shared, "not applicable". */
    private static Map<String, Long> bindings(SourceGraph graph) {
        return count(graph, c -> c.party() == null ? "not applicable" : c.sharedWith() == null ? c.party() : c.party() + "+" + c.sharedWith());
    }

    private static Map<String, Long> count(SourceGraph graph, Function<ControlRecord, String> key) {
        return graph.controls().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static ControlRecord byReference(SourceGraph graph, String cell) {
        return graph.controls().stream().filter(c -> cell.equals(c.referenceCell())).findFirst().orElseThrow();
    }

    private static ControlRecord byId(SourceGraph graph, String id) {
        return graph.controls().stream().filter(c -> id.equals(c.statementId())).findFirst().orElseThrow();
    }

    private static List<String> targets(ControlRecord control) {
        return control.references().stream().map(r -> r.target() + " " + r.resolution().label()).toList();
    }

    private static List<String> problems(SourceGraph graph) {
        return graph.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aFedrampWorkbookReadsFromItsCrmSheetWithTheProviderAlone() {
        SourceGraph graph = read(ResponsibilityWorkbooks.fedrampCisCrm(), "fedramp.xlsx", Map.of("provider", "nimbus"));

        assertThat(graph.controls()).hasSize(9);
        assertThat(bindings(graph)).isEqualTo(Map.of("nimbus", 3L, "nimbus-customer", 3L, "nimbus+nimbus-customer", 3L));
        assertThat(count(graph, ControlRecord::responsibility))
                .isEqualTo(Map.of("Partial", 2L, "partial", 1L, "No", 3L, "Yes", 2L, "yes", 1L));
        assertThat(count(graph, ControlRecord::implementationStatus)).as("from the CIS worksheet, by control id")
                .isEqualTo(Map.of("Implemented", 6L, "Partially Implemented", 2L, "Planned", 1L));
        assertThat(count(graph, ControlRecord::section)).as("the NIST family of each control")
                .isEqualTo(Map.of("AC", 5L, "AU", 1L, "IA", 1L, "SC", 1L, "SI", 1L));
        assertThat(graph.parties()).extracting(PartyRecord::id).containsExactly("nimbus", "nimbus-customer");

        ControlRecord merged = byReference(graph, "AC-02 (b)");
        assertThat(merged.line()).isEqualTo(6);
        assertThat(merged.party()).as("party carried down from a merged cell").isEqualTo("nimbus-customer");
        assertThat(merged.responsibility()).isEqualTo("No");
        assertThat(merged.text()).isEqualTo("The customer assigns account managers for its accounts.");
        assertThat(byReference(graph, "AC-01").statementId()).as("Control ID is the reference column").isNull();
        assertThat(targets(byReference(graph, "AC-2 (1)"))).containsExactly("nist-sp800-53-r4:AC-2(1) exact");
        assertThat(targets(byReference(graph, "SC-7"))).containsExactly("nist-sp800-53-r4:SC-7 exact");
        assertThat(targets(byReference(graph, "AC-17"))).containsExactly("nist-sp800-53-r4:AC-17 exact");
        assertThat(byReference(graph, "SC-7").responsibility()).as("stray spaces dropped").isEqualTo("Yes");
        assertThat(targets(byReference(graph, "AC-01"))).as("zero padding").containsExactly("nist-sp800-53-r4:AC-1 exact");
        assertThat(byReference(graph, "AC-02 (a)").references()).as("a part letter qualifies the control")
                .extracting(r -> r.target() + " " + r.cited().qualifier()).containsExactly("nist-sp800-53-r4:AC-2 a");
        assertThat(targets(byReference(graph, "IA-05 (04)"))).containsExactly("nist-sp800-53-r4:IA-5(4) exact");
        assertThat(problems(graph)).noneMatch(p -> p.contains("reference '"));

        assertThat(problems(graph)).contains(
                "3: sheet 'CRM' read (sheets: Instructions, CIS Worksheet, CRM): its header, row 3, names the most known columns",
                "1: 2 row(s) above the header skipped (title or notes)",
                "7: 1 blank row(s) skipped: [7]",
                "2: implementation status of 9 statement(s) taken from sheet 'CIS Worksheet', by 'Control ID'");
    }

    @Test
    void theSheetOptionPicksASheetByName() {
        SourceGraph graph = read(ResponsibilityWorkbooks.fedrampCisCrm(), "fedramp.xlsx", Map.of("provider", "nimbus", "sheet", "crm"));
        assertThat(graph.controls()).hasSize(9);
        assertThat(problems(graph)).contains("3: sheet 'CRM' read (sheets: Instructions, CIS Worksheet, CRM)");

        assertThatThrownBy(() -> read(ResponsibilityWorkbooks.fedrampCisCrm(), "fedramp.xlsx",
                Map.of("provider", "nimbus", "sheet", "CIS Worksheet")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("fedramp.xlsx sheet 'CIS Worksheet' row 2 (the best candidate header (sheets: Instructions, "
                        + "CIS Worksheet, CRM)): no 'statement' column in the header [Control ID, Implementation Status Implemented, ");
        assertThatThrownBy(() -> read(ResponsibilityWorkbooks.fedrampCisCrm(), "fedramp.xlsx", Map.of("provider", "nimbus", "sheet", "SSP")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("fedramp.xlsx: no sheet 'SSP'; its sheets are Instructions, CIS Worksheet, CRM");
    }

    @Test
    void aProviderBaselineJoinsRecommendationAndGuidanceAndKnowsTheProviderByName() {
        SourceGraph graph = read(ResponsibilityWorkbooks.providerBaseline(), "baseline.xlsx", Map.of("provider", "contoso-cloud"));

        assertThat(graph.controls()).hasSize(10);
        assertThat(bindings(graph)).isEqualTo(Map.of("contoso-cloud", 3L, "contoso-cloud-customer", 4L,
                "contoso-cloud+contoso-cloud-customer", 2L, "not applicable", 1L));
        assertThat(count(graph, ControlRecord::responsibility)).isEqualTo(Map.of("Customer", 3L, "customer", 1L,
                "Contoso Cloud", 3L, "Shared", 2L, "Not applicable", 1L));
        assertThat(count(graph, c -> c.section() + " " + c.sectionTitle())).isEqualTo(Map.of("1 Network Security", 3L,
                "2 Identity Management", 3L, "3 Privileged Access", 2L, "4 Data Protection", 2L));
        assertThat(graph.controls()).extracting(ControlRecord::statementId)
                .containsExactly("NS-1", "NS-2", "NS-3", "IM-1", "IM-2", "IM-3", "PA-1", "PA-2", "DP-1", "DP-2");

        assertThat(byId(graph, "NS-1").text()).isEqualTo("Recommendation: Establish network segmentation boundaries\n"
                + "Customer Guidance: Create virtual networks for your workloads and deny traffic between them by default.");
        assertThat(byId(graph, "NS-3").text()).isEqualTo("Recommendation: Deploy a firewall at the edge of the platform network");
        assertThat(byId(graph, "NS-1").referenceCell()).as("line breaks kept between references")
                .isEqualTo("SC-7: BOUNDARY PROTECTION\nAC-4: INFORMATION FLOW ENFORCEMENT");
        ControlRecord notApplicable = byId(graph, "PA-2");
        assertThat(notApplicable.party()).isNull();
        assertThat(notApplicable.responsibility()).isEqualTo("Not applicable");
        assertThat(targets(notApplicable)).containsExactly("nist-sp800-53-r4:AC-6 exact");
        assertThat(targets(byId(graph, "NS-2"))).containsExactly("nist-sp800-53-r4:SC-7 exact");
        assertThat(targets(byId(graph, "IM-2"))).containsExactly("nist-sp800-53-r4:AC-2(1) exact");
        assertThat(targets(byId(graph, "NS-1"))).as("identifiers with their titles, one per line")
                .containsExactly("nist-sp800-53-r4:SC-7 exact", "nist-sp800-53-r4:AC-4 exact");
        assertThat(targets(byId(graph, "PA-1"))).as("a whole family: its group clause, never AC-1")
                .containsExactly("nist-sp800-53-r4:AC family");
        assertThat(problems(graph)).noneMatch(p -> p.contains("reference '"));
        assertThat(byId(graph, "DP-1").party()).as("'Contoso  Cloud' is the provider's id, spaces aside").isEqualTo("contoso-cloud");

        assertThat(problems(graph)).contains("1: 3 row(s) above the header skipped (title or notes)", "8: 1 blank row(s) skipped: [8]");
    }

    @Test
    void aCcmSsrmSheetBindsThirdPartiesAndKeepsNotApplicableStatements() {
        SourceGraph graph = read(ResponsibilityWorkbooks.ccmSsrm(), "ccm.xlsx", Map.of("provider", "nimbus"));

        assertThat(graph.controls()).hasSize(9);
        assertThat(bindings(graph)).isEqualTo(Map.of("nimbus", 2L, "nimbus-customer", 2L, "nimbus+nimbus-customer", 2L,
                "nimbus-third-party", 1L, "nimbus+nimbus-third-party", 1L, "not applicable", 1L));
        assertThat(count(graph, ControlRecord::responsibility)).isEqualTo(Map.of("CSP-owned", 2L, "CSC-owned", 2L,
                "Shared CSP and CSC", 1L, "shared csp and csc", 1L, "Third-party outsourced", 1L, "Shared CSP and 3rd party", 1L,
                "N/A", 1L));
        assertThat(graph.parties()).extracting(p -> p.id() + " " + p.role() + " " + p.name()).containsExactly(
                "nimbus provider nimbus", "nimbus-customer customer Customer of nimbus", "nimbus-third-party third-party Third party of nimbus");
        assertThat(count(graph, ControlRecord::sectionTitle)).isEqualTo(Map.of("Audit & Assurance", 3L,
                "Identity & Access Management", 5L, "Data Security and Privacy Lifecycle Management", 1L));

        assertThat(byId(graph, "A&A-01").text()).isEqualTo("CSP Implementation Description: Nimbus maintains an audit policy for the "
                + "platform.\nCSC Responsibilities: The customer maintains an audit policy for its workloads.");
        assertThat(byId(graph, "IAM-01").text()).isEqualTo("CSC Responsibilities: The customer defines the identity and access "
                + "management policy of its tenant.");
        assertThat(byId(graph, "IAM-05").references()).as("the header says rev5").extracting(ResolvedReference::target)
                .containsExactly("nist-sp800-53-r5:AC-6", "nist-sp800-53-r5:AC-2(1)");
        assertThat(problems(graph)).contains("3: sheet 'CCM SSRM' read (sheets: Introduction, CCM SSRM): its header, row 3, names the "
                + "most known columns", "1: 2 row(s) above the header skipped (title or notes)", "7: 1 blank row(s) skipped: [7]");
    }

    @Test
    void rev5ReferencesResolveAgainstTheRev5Catalog() {
        ReferenceFiles.assumePresent();
        SourceGraph graph = read(ResponsibilityWorkbooks.ccmSsrm(), "ccm.xlsx", Map.of("provider", "nimbus"));
        assertThat(targets(byId(graph, "IAM-05"))).containsExactly("nist-sp800-53-r5:AC-6 exact", "nist-sp800-53-r5:AC-2(1) exact");
        assertThat(targets(byId(graph, "IAM-02"))).containsExactly("nist-sp800-53-r5:IA-5(1) exact");
        assertThat(targets(byId(graph, "A&A-02"))).as("an OSCAL id").containsExactly("nist-sp800-53-r5:CA-2 exact");
        assertThat(problems(graph)).noneMatch(p -> p.contains("reference '"));
    }

    @Test
    void aManifestMayNameTheThirdParty() {
        String sidecar = """
                id: nimbus-ccm
                provider: nimbus
                parties:
                  - { id: nimbus, name: "Nimbus Cloud", role: provider }
                  - { id: nimbus-customer, name: "Customer of Nimbus Cloud", role: customer }
                  - { id: keystone-idp, name: "Keystone Identity", role: third-party }
                """;
        SourceGraph graph = read(ResponsibilityWorkbooks.ccmSsrm(), "ccm.xlsx", sidecar, Map.of());
        assertThat(bindings(graph)).containsEntry("keystone-idp", 1L).containsEntry("nimbus+keystone-idp", 1L);
        assertThat(graph.parties()).extracting(PartyRecord::id).containsExactly("nimbus", "nimbus-customer", "keystone-idp");
    }

    @Test
    void twoSheetsAlikeAreRefusedUntilTheSheetOptionPicksOne() {
        assertThatThrownBy(() -> read(ResponsibilityWorkbooks.ambiguous(), "two.xlsx", Map.of("provider", "nimbus")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("two.xlsx: sheets 'Matrix 2023' (header on row 1) and 'Matrix 2024' (row 1) both hold a table whose "
                        + "header names 4 known columns; say which to read with the option sheet=NAME (or sheet: in the manifest)");
        SourceGraph graph = read(ResponsibilityWorkbooks.ambiguous(), "two.xlsx", Map.of("provider", "nimbus", "sheet", "Matrix 2024"));
        assertThat(bindings(graph)).isEqualTo(Map.of("nimbus", 1L, "nimbus-customer", 1L, "nimbus+nimbus-customer", 1L));
    }

    /** Headers no name fits, mapped by the option; what the owners are called, too; and rev 5 ids by the framework option. */
    private static final String ODD_HEADERS = """
            Item,Area of control,Requirement text,Notes for tenants,Accountable,Mapped controls
            R1,Access,Accounts are reviewed every quarter.,Review your own accounts too.,Everyone,AC-2
            R2,Access,Administrators use a second factor.,,Acme Corp,IA-2(1)
            R3,Logs,Application logs are kept a year.,Configure retention in your workspace.,Platform team,AU-11
            """;

    @Test
    void aColumnsMapNamesColumnsNoNameFits() {
        Map<String, String> options = Map.of("provider", "acme",
                "columns", "id=Item;section=Area of control;statement=Requirement text|Notes for tenants;party=Accountable;"
                        + "reference=Mapped controls",
                "responsibilities", "Acme Corp:provider;Platform team:customer;Everyone:shared",
                "framework", "nist-sp800-53-r5");
        SourceGraph graph = read(ODD_HEADERS.getBytes(StandardCharsets.UTF_8), "odd.csv", options);
        assertThat(bindings(graph)).isEqualTo(Map.of("acme", 1L, "acme-customer", 1L, "acme+acme-customer", 1L));
        assertThat(byId(graph, "R1").text()).isEqualTo("Requirement text: Accounts are reviewed every quarter.\n"
                + "Notes for tenants: Review your own accounts too.");
        assertThat(byId(graph, "R3").sectionTitle()).isEqualTo("Logs");
        assertThat(byId(graph, "R2").references()).extracting(ResolvedReference::target).containsExactly("nist-sp800-53-r5:IA-2(1)");

        String sidecar = """
                provider: acme
                framework: nist-sp800-53-r5
                columns: {id: Item, section: Area of control, statement: [Requirement text, Notes for tenants], party: Accountable,
                          reference: Mapped controls}
                responsibilities: {"Acme Corp": provider, "Platform team": customer, "Everyone": shared}
                """;
        SourceGraph fromManifest = read(ODD_HEADERS.getBytes(StandardCharsets.UTF_8), "odd.csv", sidecar, Map.of());
        assertThat(fromManifest.controls()).usingRecursiveFieldByFieldElementComparator().isEqualTo(graph.controls());
    }

    @Test
    void aColumnsMapNamingNoColumnIsRefused() {
        assertThatThrownBy(() -> read(ODD_HEADERS.getBytes(StandardCharsets.UTF_8), "odd.csv", Map.of("provider", "acme",
                "columns", "statement=Requirement;party=Accountable;reference=Mapped controls")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("odd.csv line 1: no column headed 'Requirement', which the columns map gives the statement, in the header "
                        + "[Item, Area of control, Requirement text, Notes for tenants, Accountable, Mapped controls]");
        assertThatThrownBy(() -> MatrixManifest.of("odd.csv", null, Map.of("provider", "acme", "columns", "owner=Accountable")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("columns: 'owner' is not a field; the fields are id, section, party, status, language, reference, statement");
        assertThatThrownBy(() -> MatrixManifest.of("odd.csv", null, Map.of("provider", "acme", "responsibilities", "Acme Corp:vendor")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("responsibilities: 'Acme Corp' is given the meaning 'vendor', which is not provider, customer, shared, "
                        + "not-applicable, third-party or a party id [acme, acme-customer]");
    }

    /** What a platform builds on comes from its manifest, or the buildsOn option, which wins. */
    @Test
    void theProvidersAPlatformBuildsOnAreReadFromTheManifestOrTheOptions() {
        byte[] sidecar = "provider: cumulus\nbuildsOn: [outscale]\n".getBytes(StandardCharsets.UTF_8);
        assertThat(MatrixManifest.of("m.csv", sidecar, Map.of()).buildsOn()).containsExactly("outscale");
        assertThat(MatrixManifest.of("m.csv", sidecar, Map.of("buildsOn", " outscale , nimbus ")).buildsOn())
                .containsExactly("outscale", "nimbus");
        assertThat(MatrixManifest.of("m.csv", null, Map.of("provider", "acme")).buildsOn()).isEmpty();
        assertThatThrownBy(() -> MatrixManifest.of("m.csv", null, Map.of("provider", "acme", "buildsOn", "Outscale Inc")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("buildsOn: 'Outscale Inc' is not a party id (as in outscale)");
    }

    @Test
    void aValueNobodyMapsIsRefusedSayingHowToMapIt() {
        assertThatThrownBy(() -> read(ODD_HEADERS.getBytes(StandardCharsets.UTF_8), "odd.csv", Map.of("provider", "acme",
                "columns", "statement=Requirement text;party=Accountable;reference=Mapped controls")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("odd.csv line 2, column 'Accountable': 'Everyone' is neither provider, customer, shared, not applicable, "
                        + "third party nor a party of odd.csv [acme, acme-customer]; say what it means with the option "
                        + "responsibilities=Everyone:provider (or another of: provider, customer, shared, not-applicable, third-party "
                        + "or a party id), or a responsibilities entry in the manifest");
    }

    @Test
    void aWorkbookWithoutATableNamesItsSheetsAndTheBestCandidate() {
        assertThatThrownBy(() -> read(ResponsibilityWorkbooks.ccmSsrm(), "ccm.xlsx", Map.of("provider", "nimbus",
                "columns", "statement=Control Objective")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("ccm.xlsx sheet 'CCM SSRM' row 3 (the best candidate header (sheets: Introduction, CCM SSRM)): "
                        + "no column headed 'Control Objective', which the columns map gives the statement");
    }

    /** A CIS worksheet exported as CSV: the group heading in its first column only, X marks under its sub-headings. */
    @Test
    void xMarksUnderControlOriginationNameTheParty() {
        String csv = """
                Control ID,Statement,Control Origination,,,
                ,,Service Provider Corporate,Configured by Customer (Customer System Specific),Shared (Service Provider and Customer Responsibility),Inherited from pre-existing FedRAMP Authorization
                AC-2,Accounts are managed.,X,,,
                AC-3,Access is enforced.,,x,,
                AC-4,Information flows are controlled.,X,X,,
                SC-7,Boundaries are protected.,,,X,
                SI-16,Memory is protected.,,,,X
                """;
        SourceGraph graph = read(csv.getBytes(StandardCharsets.UTF_8), "cis.csv", Map.of("provider", "nimbus"));
        assertThat(bindings(graph)).isEqualTo(Map.of("nimbus", 2L, "nimbus-customer", 1L, "nimbus+nimbus-customer", 2L));
        assertThat(byReference(graph, "AC-4").responsibility())
                .isEqualTo("Service Provider Corporate; Configured by Customer (Customer System Specific)");
        assertThat(byReference(graph, "SI-16").responsibility()).isEqualTo("Inherited from pre-existing FedRAMP Authorization");
        assertThat(byReference(graph, "AC-2").line()).isEqualTo(3);
    }
}
