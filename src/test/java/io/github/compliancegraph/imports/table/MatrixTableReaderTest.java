package io.github.compliancegraph.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

public class MatrixTableReaderTest {

    static final Path CSV = Path.of("data/examples/nimbus-responsibility-matrix.csv");
    static final Path SIDECAR = Path.of("data/examples/nimbus-responsibility-matrix.yaml");

    private final MatrixTableReader reader = new MatrixTableReader();

    static SourceManifest nimbus(String file) throws IOException {
        return MatrixManifest.of(file, Files.readAllBytes(SIDECAR), Map.of());
    }

    private SourceGraph read(byte[] content, String file) throws IOException {
        SourceManifest manifest = nimbus(file);
        var source = new ImportedSource(manifest.id(), manifest.kind(), file, manifest.title(), null, null, "en", "0", "test");
        return reader.read(manifest, source, Table.read(content, file), Map.of("iso27001-2013", isoRefs()));
    }

    /** A few ISO refs, enough to show how bare numbers resolve through the section context. */
    private static Set<String> isoRefs() {
        return Set.of("4.3", "6.1.2", "A.6.1.2", "9.2", "A.9.2", "A.9.2.1", "A.9.2.2", "A.12.4.1", "A.12.4.2");
    }

    private static ControlRecord byId(SourceGraph graph, String id) {
        return graph.controls().stream().filter(c -> id.equals(c.statementId())).findFirst().orElseThrow();
    }

    private static List<String> targets(ControlRecord control) {
        return control.references().stream().map(ResolvedReference::target).toList();
    }

    @Test
    void theMessyCsvGivesEveryStatementWithItsParties() throws IOException {
        SourceGraph graph = read(Files.readAllBytes(CSV), "nimbus-responsibility-matrix.csv");
        assertThat(graph.controls()).hasSize(47);
        assertThat(graph.controls().stream().filter(c -> c.sharedWith() != null))
                .extracting(ControlRecord::statementId).containsExactly("NC-017", "NC-030", "NC-043");
        assertThat(graph.controls()).filteredOn(c -> c.sharedWith() != null)
                .allSatisfy(c -> assertThat(c.party() + "+" + c.sharedWith()).isEqualTo("nimbus+nimbus-customer"));
        assertThat(graph.controls().stream().filter(c -> c.party().equals("nimbus") && c.sharedWith() == null)).hasSize(26);
        assertThat(graph.controls().stream().filter(c -> c.party().equals("nimbus-customer"))).hasSize(18);

        ControlRecord first = byId(graph, "NC-001");
        assertThat(first.text()).as("trailing spaces dropped")
                .isEqualTo("Nimbus maintains an information security policy approved by its management and reviews it every year.");
        assertThat(first.section()).isEqualTo("1");
        assertThat(first.sectionTitle()).isEqualTo("Governance and risk");
        assertThat(first.lang()).isEqualTo("en");
        assertThat(first.line()).isEqualTo(4);
        assertThat(byId(graph, "NC-003").party()).as("party carried down from a merged cell").isEqualTo("nimbus");
        assertThat(byId(graph, "NC-002").section()).as("section carried down from a merged cell").isEqualTo("1");
        assertThat(byId(graph, "NC-048").party()).as("a party id in the party column").isEqualTo("nimbus");

        assertThat(targets(byId(graph, "NC-014"))).containsExactly("iso27001-2013:A.9.2.2", "nist-sp800-53-r4:AC-2(1)");
        assertThat(targets(byId(graph, "NC-031"))).as("reference continued on the next row").containsExactly(
                "iso27001-2013:A.12.4.1", "iso27001-2013:A.12.4.2", "nist-sp800-53-r4:AU-2", "nist-sp800-53-r4:AU-9",
                "iso27001-2013:A.12.4.5");
        assertThat(byId(graph, "NC-003").references()).as("section 1 reads a bare 9.2 as the main body")
                .extracting(r -> r.target() + " " + r.resolution().label())
                .containsExactly("iso27001-2013:9.2 context", "nist-sp800-53-r4:CA-2 uncatalogued");
        assertThat(targets(byId(graph, "NC-048"))).containsExactly("iso27001-2013:A.18.2.1", "nist-sp800-53-r4:CA-7");

        assertThat(graph.problems()).extracting(p -> p.line() + ": " + p.message()).contains(
                "1: 2 line(s) above the header skipped (title or notes)",
                "36: no statement: reference 'ISO A.12.4.5' taken as the continuation of the statement on line 35",
                "9: 2 blank line(s) skipped: [9, 53]");
    }

    @Test
    void anXlsxWithMergedCellsReadsLikeTheCsv() throws IOException {
        byte[] csv = Files.readAllBytes(CSV);
        SourceGraph fromCsv = read(csv, "nimbus-responsibility-matrix.csv");
        SourceGraph fromXlsx = read(xlsx(Table.read(csv, "csv")), "nimbus-responsibility-matrix.xlsx");
        assertThat(fromXlsx.controls()).hasSize(47);
        assertThat(fromXlsx.controls()).extracting(c -> List.of(c.uid(), c.party(), String.valueOf(c.sharedWith()), c.text(),
                        targets(c).toString()))
                .isEqualTo(fromCsv.controls().stream().map(c -> List.of(c.uid(), c.party(), String.valueOf(c.sharedWith()), c.text(),
                        targets(c).toString())).toList());
        assertThat(fromXlsx.problems()).extracting(p -> p.message()).contains(
                "no statement: reference 'ISO A.12.4.5' taken as the continuation of the statement on row 35");
    }

    /** The table as a workbook, each run of blank section or party cells merged into the cell above, as authors do. */
    public static byte[] xlsx(Table table) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Matrix");
            for (Table.TableRow row : table.rows()) {
                var sheetRow = sheet.createRow(row.number() - 1);
                for (int c = 0; c < row.cells().size(); c++) {
                    if (!row.cell(c).isEmpty()) {
                        sheetRow.createCell(c).setCellValue(row.cell(c) + (c == 3 ? "  " : ""));
                    }
                }
            }
            for (int column : new int[] {1, 2}) {
                int start = -1;
                for (int r = 3; r <= table.rows().size(); r++) {
                    boolean blank = r == table.rows().size() || table.rows().get(r).blank() || !table.rows().get(r).cell(column).isEmpty()
                            || table.rows().get(r).cell(3).isEmpty();
                    if (blank) {
                        if (start >= 0 && r - 1 > start) {
                            sheet.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
                        }
                        start = r < table.rows().size() && !table.rows().get(r).cell(column).isEmpty() ? r : -1;
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void tsvAndSemicolonFilesAreSplitOnTheirOwnDelimiter() {
        String tsv = "Section\tParty\tStatement\tReference\n1 Keys\tcustomer\tThe customer rotates its keys.\tISO A.10.1.2\n";
        assertThat(Table.read(tsv.getBytes(StandardCharsets.UTF_8), "m.tsv").rows().get(1).cells())
                .containsExactly("1 Keys", "customer", "The customer rotates its keys.", "ISO A.10.1.2");
        assertThat(Table.delimiter("a;b;c\n1;2,5;3")).isEqualTo(';');
    }

    @Test
    void errorsNameTheLineAndColumnAtFault() {
        assertThatThrownBy(() -> read("Section,Party,Statement,Reference\n1 X,vendor,Something.,ISO A.5.1.1\n"
                .getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("bad.csv line 2, column 'Party': 'vendor' is neither provider, customer, shared, not applicable, "
                        + "third party nor a party of bad.csv [nimbus, nimbus-customer]; say what it means with the option "
                        + "responsibilities=vendor:provider (or another of: provider, customer, shared, not-applicable, third-party "
                        + "or a party id), or a responsibilities entry in the manifest");
        assertThatThrownBy(() -> read("Section,Party,Statement\n1 X,provider,Something.\n".getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("bad.csv line 1: no 'reference' column in the header [Section, Party, Statement]");
        assertThatThrownBy(() -> read("Id,Section,Party,Statement,Reference\nA,1 X,provider,One.,-\nA,,,Two.,-\n"
                .getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .hasMessage("bad.csv line 3, column 'Id': statement id 'A' is already used on line 2");
        assertThatThrownBy(() -> read("Section,Party,Statement,Reference\n,provider,One.,-\n".getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .hasMessage("bad.csv line 2, column 'Section': no section, and none above to carry down");
        assertThatThrownBy(() -> read("just,some,words\n".getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .hasMessageStartingWith("bad.csv: no header row in the first 50 lines names a known column");
    }
}
