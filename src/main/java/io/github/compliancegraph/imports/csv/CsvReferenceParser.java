package io.github.compliancegraph.imports.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.mapping.ClauseMapping;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the plain-CSV formats for people with neither OSCAL nor CISO Assistant files (header row
 * required, columns in any order):
 * <ul>
 * <li>a catalog: {@code ref} (required), {@code parent}, {@code title}, {@code assessable}
 * (true/false; by default a clause nobody names as parent);</li>
 * <li>a mapping set: {@code source} and {@code target} (clause uids, framework:ref),
 * {@code relationship} (equal, subset-of, superset-of, intersects-with, no-relationship),
 * {@code rationale} (syntactic, semantic, functional), {@code strength} (0 to 10).</li>
 * </ul>
 * Pure; errors name the line and column at fault.
 */
public final class CsvReferenceParser {

    static final Set<String> RELATIONSHIPS = Set.of("equal", "subset-of", "superset-of", "intersects-with", "no-relationship");
    static final Set<String> RATIONALES = Set.of("syntactic", "semantic", "functional");

    /** Cells a spreadsheet runs: "=HYPERLINK(...)", "@SUM(...)"; a leading "-" or "+" is common in text and only neutralised on export. */
    private static final Pattern FORMULA = Pattern.compile("^[=@]");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    public Catalog catalog(String csv, FrameworkInfo framework) {
        var rows = records(csv, List.of("ref"));
        Set<String> parents = new HashSet<>();
        Set<String> refs = new HashSet<>();
        rows.forEach(r -> parents.add(value(r, "parent")));
        var clauses = new ArrayList<CatalogClause>();
        for (CSVRecord r : rows) {
            String ref = required(r, "ref");
            String parent = value(r, "parent");
            if (!refs.add(ref)) {
                throw rejected(r, "ref", "'" + ref + "' is listed twice");
            }
            if (parent != null && !refs.contains(parent)) {
                throw rejected(r, "parent", "'" + parent + "' is not a ref listed above this line");
            }
            String assessable = value(r, "assessable");
            if (assessable != null && !assessable.matches("(?i)true|false")) {
                throw rejected(r, "assessable", "'" + assessable + "' is neither true nor false");
            }
            clauses.add(new CatalogClause(ref, value(r, "title"), parent,
                    assessable == null ? !parents.contains(ref) : Boolean.parseBoolean(assessable), false, null));
        }
        return new Catalog(framework, clauses);
    }

    public List<ClauseMapping> mappings(String csv, String mappingSet) {
        var mappings = new ArrayList<ClauseMapping>();
        for (CSVRecord r : records(csv, List.of("source", "target", "relationship"))) {
            String[] source = uid(r, "source");
            String[] target = uid(r, "target");
            String relationship = required(r, "relationship").toLowerCase();
            if (!RELATIONSHIPS.contains(relationship)) {
                throw rejected(r, "relationship", "'" + relationship + "' is not one of " + RELATIONSHIPS);
            }
            String rationale = value(r, "rationale");
            if (rationale != null && !RATIONALES.contains(rationale.toLowerCase())) {
                throw rejected(r, "rationale", "'" + rationale + "' is not one of " + RATIONALES);
            }
            mappings.add(new ClauseMapping(source[0], source[1], target[0], target[1], relationship,
                    rationale == null ? null : rationale.toLowerCase(), strength(r), mappingSet));
        }
        return mappings;
    }

    private static List<CSVRecord> records(String csv, List<String> requiredColumns) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), FORMAT)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ImportRejectedException("line 1: column '" + column + "' missing (header has " + parser.getHeaderNames() + ")");
                }
            }
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new ImportRejectedException("not readable as CSV: " + e.getMessage());
        }
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        if (v != null && FORMULA.matcher(v).find()) {
            throw rejected(r, column, "'" + cut(v) + "' would run as a spreadsheet formula; formulas are refused");
        }
        return v == null || v.isBlank() ? null : v;
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String required(CSVRecord r, String column) {
        String v = value(r, column);
        if (v == null) {
            throw rejected(r, column, "empty");
        }
        return v;
    }

    private static String[] uid(CSVRecord r, String column) {
        String v = required(r, column);
        int colon = v.indexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw rejected(r, column, "'" + v + "' is not a clause uid (framework:ref)");
        }
        return new String[] {v.substring(0, colon), v.substring(colon + 1)};
    }

    private static Integer strength(CSVRecord r) {
        String v = value(r, "strength");
        if (v == null) {
            return null;
        }
        try {
            int s = Integer.parseInt(v);
            if (s >= 0 && s <= 10) {
                return s;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the line
        }
        throw rejected(r, "strength", "'" + v + "' is not a whole number from 0 to 10");
    }

    private static ImportRejectedException rejected(CSVRecord r, String column, String message) {
        return new ImportRejectedException("line " + (r.getRecordNumber() + 1) + ", column '" + column + "': " + message);
    }
}
