package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.table.Table.TableSheet;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Finds the responsibility table of a file: in each sheet, the header among its first
 * {@value #SEARCH} rows (one row, or a group row and its sub-headings) that names the most fields;
 * then the sheet whose header is complete (statement, party and reference found, no column
 * claimed twice) and names the most. Two sheets doing equally well are refused: the user says
 * which with {@code sheet=}.
 */
final class TableFinder {

    static final int SEARCH = 50;

    /**
     * Complete headers first, then those naming more fields, with fewer faults; then a group row
     * over columns its rows mark (whose sub-headings are values, not the first row of the table);
     * then on fewer rows (a group row adding nothing is a title), higher up.
     */
    private static final Comparator<Layout> BETTER = Comparator.comparing(Layout::complete).reversed()
            .thenComparing(Comparator.comparingInt(Layout::score).reversed())
            .thenComparingInt(l -> l.faults.size())
            .thenComparing(Comparator.comparingInt(Layout::markedFields).reversed())
            .thenComparingInt(l -> l.header.last() - l.header.first())
            .thenComparingInt(l -> l.header.first());

    private TableFinder() {
    }

    static Layout find(Table table, SourceManifest manifest, List<Problem> problems) {
        Map<Field, List<String>> map = columnsMap(manifest);
        List<TableSheet> sheets = manifest.sheet() == null || !table.workbook() ? table.sheets() : List.of(sheet(table, manifest.sheet()));
        var best = new ArrayList<Layout>();
        sheets.forEach(s -> best(table, s, map).ifPresent(best::add));
        List<Layout> complete = best.stream().filter(Layout::complete).sorted(BETTER).toList();
        if (complete.isEmpty()) {
            throw incomplete(table, best.stream().min(BETTER));
        }
        Layout chosen = complete.get(0);
        if (complete.size() > 1 && complete.get(1).score() == chosen.score()) {
            Layout other = complete.get(1);
            throw new ImportRejectedException(table.file() + ": sheets '" + chosen.header.sheet().name() + "' (header on row "
                    + chosen.header.firstRow().number() + ") and '" + other.header.sheet().name() + "' (row "
                    + other.header.firstRow().number() + ") both hold a table whose header names " + chosen.score()
                    + " known columns; say which to read with the option sheet=NAME (or sheet: in the manifest)");
        }
        if (table.sheets().size() > 1) {
            problems.add(new Problem(chosen.header.firstRow().number(), "sheet '" + chosen.header.sheet().name()
                    + "' read (sheets: " + table.sheetNames() + ")" + (manifest.sheet() == null
                    ? ": its header, " + table.unit() + " " + chosen.header.firstRow().number() + ", names the most known columns" : "")));
        }
        return chosen;
    }

    /** The best header of a sheet, complete or not; none in a sheet whose first rows are blank. */
    static Optional<Layout> best(Table table, TableSheet sheet, Map<Field, List<String>> map) {
        var candidates = new ArrayList<Layout>();
        for (int i = 0; i < Math.min(SEARCH, sheet.rows().size()); i++) {
            if (sheet.rows().get(i).blank()) {
                continue;
            }
            candidates.add(Layout.of(Header.row(sheet, i), map));
            Header.grouped(sheet, i, !table.workbook()).ifPresent(h -> candidates.add(Layout.of(h, map)));
        }
        return candidates.stream().min(BETTER);
    }

    static Map<Field, List<String>> columnsMap(SourceManifest manifest) {
        Map<Field, List<String>> map = new EnumMap<>(Field.class);
        // MatrixManifest has checked the field names
        manifest.columns().forEach((name, headers) -> map.put(Field.named(name).orElseThrow(), headers));
        return map;
    }

    private static TableSheet sheet(Table table, String name) {
        return table.sheets().stream().filter(s -> s.name().equals(name)).findFirst()
                .or(() -> table.sheets().stream().filter(s -> s.name().strip().equalsIgnoreCase(name.strip())).findFirst())
                .orElseThrow(() -> new ImportRejectedException(table.file() + ": no sheet '" + name + "'; its sheets are "
                        + table.sheetNames()));
    }

    private static ImportRejectedException incomplete(Table table, Optional<Layout> best) {
        String sheets = table.workbook() ? " (sheets: " + table.sheetNames() + ")" : "";
        if (best.isEmpty() || best.get().score() == 0) {
            return new ImportRejectedException(table.file() + ": no header row in the first " + SEARCH + " " + table.unit() + "s"
                    + sheets + " names a known column; the columns are statement, party and reference (required), section, "
                    + "id, language and status (optional); name them with the option columns=statement=HEADER;party=HEADER;"
                    + "reference=HEADER or a columns map in the manifest");
        }
        Layout layout = best.get();
        return new ImportRejectedException(table.at(layout.header.sheet(), layout.header.firstRow().number())
                + (table.sheets().size() > 1 ? " (the best candidate header" + sheets + ")" : "") + ": "
                + layout.faults.stream().collect(Collectors.joining("; ")));
    }
}
