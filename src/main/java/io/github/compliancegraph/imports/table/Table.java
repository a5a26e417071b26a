package io.github.compliancegraph.imports.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.compliancegraph.imports.TextDecoding;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rows of a spreadsheet-like file, as text cells with the line (CSV, TSV) or row (XLSX, XLS)
 * each starts on. Text files are one sheet, named after the file, split on whichever of tab,
 * semicolon or comma their first lines use most; workbooks are read sheet by sheet, cells as Excel
 * displays them, a cell merged across columns giving its text to each of them (a group heading
 * spanning its sub-headings).
 *
 * @param unit "line" or "row", for messages that point into the file
 */
public record Table(String file, String unit, List<TableSheet> sheets) {

    /** One sheet: its name and its rows. */
    public record TableSheet(String name, List<TableRow> rows) {
    }

    /** One row: its line or row number (1-based) and its cells, stripped. */
    public record TableRow(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** The rows of the first sheet: all of a text file's. */
    public List<TableRow> rows() {
        return sheets.get(0).rows();
    }

    public boolean workbook() {
        return "row".equals(unit);
    }

    /** Where a row lies, for messages: "m.csv line 4", "m.xlsx sheet 'CRM' row 4". */
    public String at(TableSheet sheet, int number) {
        return file + (workbook() ? " sheet '" + sheet.name() + "'" : "") + " " + unit + " " + number;
    }

    /** The sheets' names, for messages. */
    public String sheetNames() {
        return sheets.stream().map(TableSheet::name).collect(Collectors.joining(", "));
    }

    public static Table read(byte[] content, String file) {
        if (content.length == 0) {
            throw new ImportRejectedException(file + ": the file is empty");
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                return workbook(content, file);
            }
        } catch (IOException e) {
            throw new ImportRejectedException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return text(TextDecoding.decode(content, file), file);
    }

    private static Table workbook(byte[] content, String file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportRejectedException(file + ": the workbook has no sheet");
            }
            var formatter = new DataFormatter();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var sheets = new ArrayList<TableSheet>();
            for (Sheet sheet : workbook) {
                sheets.add(new TableSheet(sheet.getSheetName(), rows(sheet, formatter, evaluator)));
            }
            return new Table(file, "row", List.copyOf(sheets));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(file + ": not a readable workbook (" + e.getMessage() + ")");
        }
    }

    private static List<TableRow> rows(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
        Map<Integer, List<String>> cells = new TreeMap<>();
        for (Row row : sheet) {
            var texts = new ArrayList<String>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                texts.add(clean(formatter.formatCellValue(row.getCell(c), evaluator)));
            }
            cells.put(row.getRowNum(), texts);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            List<String> row = cells.get(merged.getFirstRow());
            if (row == null || merged.getFirstColumn() >= row.size() || merged.getFirstColumn() == merged.getLastColumn()) {
                continue;
            }
            String text = row.get(merged.getFirstColumn());
            for (int c = merged.getFirstColumn() + 1; c <= merged.getLastColumn(); c++) {
                while (row.size() <= c) {
                    row.add("");
                }
                row.set(c, text);
            }
        }
        return cells.entrySet().stream().map(e -> new TableRow(e.getKey() + 1, List.copyOf(e.getValue()))).toList();
    }

    private static Table text(String text, String file) {
        char delimiter = delimiter(text);
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        var rows = new ArrayList<TableRow>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                rows.add(new TableRow((int) line, record.stream().map(Table::clean).toList()));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRejectedException(file + " line " + (rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number() + 1)
                    + ": not valid " + (delimiter == '\t' ? "TSV" : "CSV") + " (" + e.getMessage() + ")");
        }
        return new Table(file, "line", List.of(new TableSheet(file.replaceFirst("\\.[A-Za-z]+$", ""), List.copyOf(rows))));
    }

    /** Tab, semicolon or comma: whichever the first ten non-blank lines hold most of (comma on a tie). */
    static char delimiter(String text) {
        String first = String.join("\n", text.lines().filter(l -> !l.isBlank()).limit(10).toList());
        return Map.of('\t', count(first, '\t'), ';', count(first, ';'), ',', count(first, ',')).entrySet().stream()
                .max(Comparator.<Map.Entry<Character, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey() == ','))
                .map(Map.Entry::getKey).orElse(',');
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    /**
     * Runs of spaces and non-breaking spaces are layout, not content; a line break is kept, once,
     * because it separates the references of a cell ("SC-7: BOUNDARY PROTECTION", then "AC-4: ...")
     * or the paragraphs of a statement.
     */
    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replace('\u00A0', ' ').lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
