package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.compliancegraph.imports.table.Table.TableRow;
import io.github.compliancegraph.imports.table.Table.TableSheet;

/**
 * A candidate header of a table: one row, or a group row over a row of sub-headings (FedRAMP's CIS
 * worksheet writes "Control Origination" over "Service Provider Corporate", "Configured by Customer"...).
 *
 * @param first    index in the sheet's rows of the header's first row
 * @param last     index of its last row; the table's rows follow it
 * @param headings one per column
 */
record Header(TableSheet sheet, int first, int last, List<Heading> headings) {

    /**
     * What a column's header says: its group heading (empty in a one-row header, or for a heading
     * that spans both rows, such as "Control ID") and its own.
     */
    record Heading(String group, String label) {

        /** The rows' texts together, as matched against the names of the fields. */
        String text() {
            return group.isEmpty() ? label : group + " " + label;
        }
    }

    static Header row(TableSheet sheet, int index) {
        return new Header(sheet, index, index,
                sheet.rows().get(index).cells().stream().map(c -> new Heading("", c)).toList());
    }

    /**
     * The row at {@code index} and the next as one header, when the first groups sub-headings of the
     * second: a heading over at least two columns whose sub-headings differ. A title row, one text
     * however many columns it spans, is no group row. A workbook tells how far a group spans (its
     * merged cell, which {@link Table} gives to every column); a text file does not, so there a
     * group runs on over the blank cells after it that have a sub-heading.
     */
    static Optional<Header> grouped(TableSheet sheet, int index, boolean carryGroups) {
        if (index + 1 >= sheet.rows().size()) {
            return Optional.empty();
        }
        TableRow upper = sheet.rows().get(index);
        TableRow lower = sheet.rows().get(index + 1);
        if (lower.number() != upper.number() + 1 || lower.blank()
                || upper.cells().stream().filter(c -> !c.isEmpty()).distinct().count() < 2) {
            return Optional.empty();
        }
        var headings = new ArrayList<Heading>();
        String carried = "";
        for (int c = 0; c < Math.max(upper.cells().size(), lower.cells().size()); c++) {
            String up = upper.cell(c);
            String low = lower.cell(c);
            String group = !up.isEmpty() ? (low.isEmpty() ? "" : up) : (carryGroups && !low.isEmpty() ? carried : "");
            headings.add(new Heading(group, up.isEmpty() || !low.isEmpty() ? low : up));
            carried = group;
        }
        Map<String, Set<String>> labels = new TreeMap<>();
        headings.stream().filter(h -> !h.group().isEmpty())
                .forEach(h -> labels.computeIfAbsent(h.group(), g -> new TreeSet<>()).add(h.label()));
        boolean groups = labels.values().stream().anyMatch(l -> l.size() >= 2);
        return groups ? Optional.of(new Header(sheet, index, index + 1, List.copyOf(headings))) : Optional.empty();
    }

    TableRow firstRow() {
        return sheet.rows().get(first);
    }

    Heading heading(int column) {
        return column < headings.size() ? headings.get(column) : new Heading("", "");
    }

    /** The headings as the file writes them, for messages. */
    String texts() {
        return headings.stream().map(Heading::text).collect(Collectors.joining(", ", "[", "]"));
    }
}
