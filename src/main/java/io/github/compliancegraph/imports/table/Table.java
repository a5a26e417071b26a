package io.github.compliancegraph.imports.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.ImportRejectedException;
import io.github.compliancegraph.imports.TextDecoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of a spreadsheet-like file, as text cells with the line (CSV, TSV) or row (XLSX, XLS)
 * each starts on. Text files are split on whichever of tab, semicolon or comma their first line
 * uses most; workbooks are read from their first sheet, cells as Excel displays them.
 *
 * @param unit "line" or "row", for messages that point into the file
 */
public record Table(String file, String unit, List<TableRow> rows) {

    /** One row: its line or row number (1-based) and its cells, stripped. */
    public record TableRow(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
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
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var rows = new ArrayList<TableRow>();
            for (Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(clean(formatter.formatCellValue(row.getCell(c), evaluator)));
                }
                rows.add(new TableRow(row.getRowNum() + 1, List.copyOf(cells)));
            }
            return new Table(file, "row", List.copyOf(rows));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(file + ": not a readable workbook (" + e.getMessage() + ")");
        }
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
        return new Table(file, "line", List.copyOf(rows));
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

    /** Trailing spaces, non-breaking spaces and line breaks inside a cell are layout, not content. */
    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
