package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.compliancegraph.imports.table.Header.Heading;
import io.github.compliancegraph.imports.table.Table.TableRow;

/**
 * Which columns of a header hold which field, and what keeps the header from being a table's:
 * a required field missing, two columns claiming one field, a mapped header not found.
 *
 * <p>A columns map names the columns of the fields it lists, by their header (the rows' texts
 * together, a sub-heading, or a group heading for all its columns); the other fields are found
 * by their names. Several columns of a field that holds one value per row, all under one group
 * heading, are <em>marked</em> columns: a row's value is the sub-heading of the column it marks
 * (the X marks of a FedRAMP CIS worksheet). An id column naming controls ("Control ID") is the
 * reference column of a table that has no other.
 */
final class Layout {

    final Header header;
    private final Map<Field, List<Integer>> columns;
    private final Set<Field> marked;
    final List<String> faults;

    private Layout(Header header, Map<Field, List<Integer>> columns, Set<Field> marked, List<String> faults) {
        this.header = header;
        this.columns = columns;
        this.marked = marked;
        this.faults = faults;
    }

    static Layout of(Header header, Map<Field, List<String>> map) {
        var faults = new ArrayList<String>();
        Map<Field, List<Integer>> found = new EnumMap<>(Field.class);
        // columns designated by a name (the columns map's, or one of the field's), not by a phrase their header contains
        Set<Integer> byName = new HashSet<>();
        mapped(header, map, found, byName, faults);
        matched(header, map, found, byName);
        if (!found.containsKey(Field.REFERENCE) && !map.containsKey(Field.ID) && found.getOrDefault(Field.ID, List.of()).size() == 1
                && (" " + Field.normalise(header.heading(found.get(Field.ID).get(0)).text()) + " ").contains(" control id ")) {
            found.put(Field.REFERENCE, found.remove(Field.ID));
        }
        Set<Field> marked = settled(header, found, byName, faults);
        for (Field field : Field.values()) {
            if (field.required && !found.containsKey(field) && !map.containsKey(field)) {
                faults.add("no '" + field.label() + "' column in the header " + header.texts() + " (" + field.accepted()
                        + "; or name it with the option columns=" + field.label() + "=HEADER)");
            }
        }
        return new Layout(header, found, marked, List.copyOf(faults));
    }

    /** The columns the columns map names. */
    private static void mapped(Header header, Map<Field, List<String>> map, Map<Field, List<Integer>> found, Set<Integer> byName,
            List<String> faults) {
        map.forEach((field, names) -> names.forEach(name -> {
            List<Integer> named = named(header, name);
            if (named.isEmpty()) {
                faults.add("no column headed '" + name + "', which the columns map gives the " + field.label()
                        + ", in the header " + header.texts());
            }
            named.forEach(c -> found.computeIfAbsent(field, f -> new ArrayList<>()).add(c));
            byName.addAll(named);
        }));
    }

    /** The other columns, by the names of the fields the map leaves out. */
    private static void matched(Header header, Map<Field, List<String>> map, Map<Field, List<Integer>> found, Set<Integer> byName) {
        Set<Integer> mapped = found.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        for (int c = 0; c < header.headings().size(); c++) {
            if (mapped.contains(c)) {
                continue;
            }
            // a sub-heading says more than its group ("CSC Responsibilities" under "Shared Security Responsibility
            // Model"); the group tells what a sub-heading naming no field is ("Implemented" under "Implementation Status")
            Heading heading = header.heading(c);
            String text = Field.of(heading.label()).isPresent() ? heading.label() : heading.text();
            Optional<Field> field = Field.of(text).filter(f -> !map.containsKey(f));
            if (field.isPresent()) {
                found.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(c);
                if (field.get().isNamed(text)) {
                    byName.add(c);
                }
            }
        }
    }

    /**
     * Settles the fields of one value per row that several columns claim: marked columns when they
     * share a group heading, else the one column designated by name, else a fault.
     *
     * @return the fields read from marks
     */
    private static Set<Field> settled(Header header, Map<Field, List<Integer>> found, Set<Integer> byName, List<String> faults) {
        Set<Field> marked = EnumSet.noneOf(Field.class);
        for (var entry : found.entrySet()) {
            Field field = entry.getKey();
            List<Integer> at = entry.getValue();
            if (field.several || at.size() == 1) {
                continue;
            }
            List<Integer> named = at.stream().filter(byName::contains).toList();
            if (grouped(header, at)) {
                marked.add(field);
            } else if (named.size() == 1) {
                entry.setValue(named);
            } else {
                faults.add("columns " + (at.get(0) + 1) + " ('" + header.heading(at.get(0)).text() + "') and " + (at.get(1) + 1)
                        + " ('" + header.heading(at.get(1)).text() + "') are both the " + field.label() + " column (say which with "
                        + "the option columns=" + field.label() + "=HEADER)");
            }
        }
        return marked;
    }

    /** The columns whose header, sub-heading or group heading is the name given, in that order of preference. */
    private static List<Integer> named(Header header, String name) {
        String key = Field.normalise(name);
        for (var part : List.<Function<Heading, String>>of(Heading::text, Heading::label, Heading::group)) {
            List<Integer> at = IntStream.range(0, header.headings().size())
                    .filter(c -> !key.isEmpty() && Field.normalise(part.apply(header.heading(c))).equals(key)).boxed().toList();
            if (!at.isEmpty()) {
                return at;
            }
        }
        return List.of();
    }

    private static boolean grouped(Header header, List<Integer> at) {
        String group = header.heading(at.get(0)).group();
        return !group.isEmpty() && at.stream().allMatch(c -> header.heading(c).group().equals(group));
    }

    boolean complete() {
        return faults.isEmpty();
    }

    /** How many fields the header names: the better header of two names more. */
    int score() {
        return columns.size();
    }

    /** How many fields its rows mark under a group heading rather than write. */
    int markedFields() {
        return marked.size();
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** A field's value in a row: its cell, or the sub-headings of the columns the row marks, joined. */
    String cell(TableRow row, Field field) {
        return String.join("; ", values(row, field));
    }

    /** A field's values in a row: its cell, or the sub-heading of each column the row marks; none if blank. */
    List<String> values(TableRow row, Field field) {
        List<Integer> at = columns.getOrDefault(field, List.of());
        if (marked.contains(field)) {
            return at.stream().filter(c -> !row.cell(c).isEmpty()).map(c -> header.heading(c).label()).toList();
        }
        return at.isEmpty() || row.cell(at.get(0)).isEmpty() ? List.of() : List.of(row.cell(at.get(0)));
    }

    /** The statement: its one column's text, or each statement column's text after its heading, one to a line. */
    String statement(TableRow row) {
        List<Integer> at = columns.get(Field.STATEMENT);
        if (at.size() == 1) {
            return row.cell(at.get(0));
        }
        return at.stream().filter(c -> !row.cell(c).isEmpty())
                .map(c -> header.heading(c).label() + ": " + row.cell(c)).collect(Collectors.joining("\n"));
    }

    /** The reference columns, in order. */
    List<Integer> referenceColumns() {
        return columns.getOrDefault(Field.REFERENCE, List.of());
    }

    /** The header of a field's (first) column, for messages. */
    String heading(Field field) {
        return header.heading(columns.get(field).get(0)).text();
    }

    String heading(int column) {
        return header.heading(column).text();
    }
}
