package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportRejectedException;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.imports.table.Table.TableRow;
import io.github.compliancegraph.mapping.ParsedCell;
import io.github.compliancegraph.mapping.ReferenceCellParser;
import io.github.compliancegraph.mapping.ReferenceResolver;

/**
 * Turns any provider's responsibility matrix, as a table, into controls. Columns, found by their
 * header in any order: statement id (optional), section, party ({@code provider}, {@code customer},
 * {@code shared}, or a party id or name), statement, language (optional) and reference (the cell
 * the reference parser reads with the file's prefixes).
 *
 * <p>Copes with what spreadsheets exported by hand hold: title rows above the header, blank rows,
 * merged section and party cells flattened (blank below their first row: the value above holds),
 * a merged statement flattened over two rows (a row with only a reference continues the statement
 * above), a row holding only a section (a heading), and stray spaces.
 */
public final class MatrixTableReader {

    /** Column and the header names it goes by, compared lower case without spaces or punctuation. */
    enum Column {
        ID(false, "id", "statementid", "stmtid", "no", "number"),
        SECTION(true, "section", "chapter", "domain", "category", "area"),
        PARTY(true, "party", "responsibility", "responsible", "owner", "who"),
        STATEMENT(true, "statement", "statementtext", "text", "description", "requirement", "responsibilitystatement"),
        LANGUAGE(false, "language", "lang"),
        REFERENCE(true, "reference", "references", "referencecell", "mapping", "mappings", "controls", "frameworkreferences");

        final boolean required;
        final Set<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = Set.of(names);
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int HEADER_SEARCH = 20;
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^(\\d+(?:\\.\\d+)*)[.):]?(?:\\s+(.*))?$");

    public SourceGraph read(SourceManifest manifest, ImportedSource source, Table table, Map<String, Set<String>> catalogs) {
        var problems = new ArrayList<Problem>();
        int headerIndex = headerIndex(table);
        Map<Column, Integer> columns = columns(table, table.rows().get(headerIndex));
        if (headerIndex > 0) {
            problems.add(new Problem(table.rows().get(0).number(), headerIndex + " " + table.unit()
                    + "(s) above the header skipped (title or notes)"));
        }
        Parties parties = new Parties(manifest, table);
        List<Draft> drafts = drafts(table, headerIndex, columns, parties, problems);
        if (drafts.isEmpty()) {
            throw new ImportRejectedException(table.file() + ": no statement below the header ("
                    + table.unit() + " " + table.rows().get(headerIndex).number() + ")");
        }
        var cells = new ReferenceCellParser(manifest.notations());
        var resolver = new ReferenceResolver(catalogs, manifest.isoContext());
        var ids = new ControlIdentity(source.id());
        var controls = new ArrayList<ControlRecord>();
        for (Draft d : drafts) {
            ParsedCell cell = cells.parse(d.reference);
            cell.problems().forEach(p -> problems.add(new Problem(d.number, "reference '" + d.reference + "': " + p)));
            var references = cell.references().stream().map(r -> resolver.resolve(r, d.section.number)).toList();
            String language = d.language.isEmpty() ? Optional.ofNullable(manifest.language()).orElse("en") : d.language;
            controls.add(new ControlRecord(ids.next(d.section.id, d.sharedWith == null ? d.party : "shared", d.text), d.party,
                    d.section.id, d.section.title, d.text, language.toLowerCase(Locale.ROOT), d.number, d.ordinal,
                    d.reference.isEmpty() ? null : d.reference, references, d.id.isEmpty() ? null : d.id, d.sharedWith, null, null));
        }
        List<PartyRecord> records = parties.entries().stream().map(p -> new PartyRecord(p.id(), p.name(), p.role())).toList();
        return new SourceGraph(source, records, controls, List.of(), problems);
    }

    /** The first row naming at least three known columns. */
    private static int headerIndex(Table table) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, table.rows().size()); i++) {
            long known = table.rows().get(i).cells().stream().filter(c -> column(c).isPresent()).count();
            if (known >= 3) {
                return i;
            }
        }
        throw new ImportRejectedException(table.file() + ": no header row in the first " + HEADER_SEARCH + " " + table.unit()
                + "s; the columns are section, party, statement and reference (required), id and language (optional)");
    }

    private static Map<Column, Integer> columns(Table table, TableRow header) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            column(header.cell(i)).ifPresent(c -> {
                Integer before = columns.putIfAbsent(c, index);
                if (before != null) {
                    throw new ImportRejectedException(table.file() + " " + table.unit() + " " + header.number() + ": columns "
                            + (before + 1) + " ('" + header.cell(before) + "') and " + (index + 1) + " ('" + header.cell(index)
                            + "') are both the " + c.label() + " column");
                }
            });
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                throw new ImportRejectedException(table.file() + " " + table.unit() + " " + header.number() + ": no '" + c.label()
                        + "' column in the header " + header.cells() + " (accepted names: " + c.names + ")");
            }
        }
        return columns;
    }

    private static Optional<Column> column(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        for (Column c : Column.values()) {
            if (c.names.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<Draft> drafts(Table table, int headerIndex, Map<Column, Integer> columns, Parties parties,
            List<Problem> problems) {
        var drafts = new ArrayList<Draft>();
        var blank = new ArrayList<Integer>();
        var statementIds = new HashMap<String, Integer>();
        var sections = new Sections();
        Section section = null;
        String partyCell = null;
        int ordinal = 0;
        for (TableRow row : table.rows().subList(headerIndex + 1, table.rows().size())) {
            if (row.blank()) {
                blank.add(row.number());
                continue;
            }
            String at = table.file() + " " + table.unit() + " " + row.number();
            String sectionCell = cell(row, columns, Column.SECTION);
            if (!sectionCell.isEmpty()) {
                Section next = sections.of(sectionCell);
                ordinal = next.equals(section) ? ordinal : 0;
                section = next;
            }
            String text = cell(row, columns, Column.STATEMENT);
            String reference = cell(row, columns, Column.REFERENCE);
            if (text.isEmpty()) {
                if (!reference.isEmpty() && !drafts.isEmpty() && sectionCell.isEmpty()) {
                    Draft above = drafts.get(drafts.size() - 1);
                    above.reference = above.reference.isEmpty() ? reference : above.reference + " ; " + reference;
                    problems.add(new Problem(row.number(), "no statement: reference '" + reference
                            + "' taken as the continuation of the statement on " + table.unit() + " " + above.number));
                } else if (sectionCell.isEmpty() || !reference.isEmpty()) {
                    problems.add(new Problem(row.number(), "no statement in column '" + header(table, headerIndex, columns, Column.STATEMENT)
                            + "': " + table.unit() + " skipped"));
                }
                continue;
            }
            if (section == null) {
                throw new ImportRejectedException(at + ", column '" + header(table, headerIndex, columns, Column.SECTION)
                        + "': no section, and none above to carry down");
            }
            String party = cell(row, columns, Column.PARTY);
            partyCell = party.isEmpty() ? partyCell : party;
            if (partyCell == null) {
                throw new ImportRejectedException(at + ", column '" + header(table, headerIndex, columns, Column.PARTY)
                        + "': no party, and none above to carry down");
            }
            String id = cell(row, columns, Column.ID);
            Integer taken = id.isEmpty() ? null : statementIds.putIfAbsent(id, row.number());
            if (taken != null) {
                throw new ImportRejectedException(at + ", column '" + header(table, headerIndex, columns, Column.ID)
                        + "': statement id '" + id + "' is already used on " + table.unit() + " " + taken);
            }
            Bound bound = parties.resolve(partyCell, at + ", column '" + header(table, headerIndex, columns, Column.PARTY) + "'");
            drafts.add(new Draft(row.number(), ++ordinal, id, section, bound.party(), bound.sharedWith(), text,
                    cell(row, columns, Column.LANGUAGE), reference));
        }
        if (!blank.isEmpty()) {
            problems.add(new Problem(blank.get(0), blank.size() + " blank " + table.unit() + "(s) skipped: " + blank));
        }
        return drafts;
    }

    private static String cell(TableRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static String header(Table table, int headerIndex, Map<Column, Integer> columns, Column column) {
        return table.rows().get(headerIndex).cell(columns.get(column));
    }

    /** Who a statement binds: one party, or for a shared statement the provider and, second, the customer. */
    private record Bound(String party, String sharedWith) {
    }

    /** A statement read from its row, its reference cell possibly continued on the next. */
    private static final class Draft {
        final int number;
        final int ordinal;
        final String id;
        final Section section;
        final String party;
        final String sharedWith;
        final String text;
        final String language;
        String reference;

        Draft(int number, int ordinal, String id, Section section, String party, String sharedWith, String text,
                String language, String reference) {
            this.number = number;
            this.ordinal = ordinal;
            this.id = id;
            this.section = section;
            this.party = party;
            this.sharedWith = sharedWith;
            this.text = text;
            this.language = language;
            this.reference = reference;
        }
    }

    /**
     * A section as the file writes it: "4 Access control" gives id 4; a title without a number
     * is numbered in order of first appearance. The number picks the part of ISO/IEC 27001 a bare
     * clause number means, through the file's section context.
     */
    private record Section(String id, String title, int number) {
    }

    private static final class Sections {
        private final Map<String, Section> seen = new LinkedHashMap<>();

        Section of(String cell) {
            return seen.computeIfAbsent(cell, c -> {
                Matcher m = NUMBERED_SECTION.matcher(c);
                if (m.matches()) {
                    String id = m.group(1);
                    return new Section(id, m.group(2) == null ? id : m.group(2), Integer.parseInt(id.split("\\.")[0]));
                }
                String id = String.valueOf(seen.size() + 1);
                return new Section(id, c, seen.size() + 1);
            });
        }
    }

    /** The parties of the file: provider, customer, and whoever else its manifest names. */
    private static final class Parties {
        private final SourceManifest manifest;
        private final String file;

        Parties(SourceManifest manifest, Table table) {
            this.manifest = manifest;
            this.file = table.file();
        }

        List<PartyEntry> entries() {
            return manifest.parties();
        }

        /** The party a cell names and, for a shared statement, the second one. */
        Bound resolve(String cell, String at) {
            String key = cell.toLowerCase(Locale.ROOT).strip();
            return switch (key) {
                case "provider", "csp", "cloud provider" -> new Bound(role("provider", at), null);
                case "customer", "client", "tenant" -> new Bound(role("customer", at), null);
                case "shared", "both", "provider and customer", "provider/customer" ->
                        new Bound(role("provider", at), role("customer", at));
                default -> new Bound(manifest.parties().stream()
                        .filter(p -> p.id().equalsIgnoreCase(key) || (p.name() != null && p.name().equalsIgnoreCase(key)))
                        .findFirst().map(PartyEntry::id)
                        .orElseThrow(() -> new ImportRejectedException(at + ": '" + cell + "' is neither provider, customer, "
                                + "shared nor a party of " + file + " " + manifest.parties().stream().map(PartyEntry::id).toList())),
                        null);
            };
        }

        private String role(String role, String at) {
            return manifest.parties().stream().filter(p -> role.equals(p.role()))
                    .sorted((a, b) -> Boolean.compare(!a.id().equals(manifest.provider()), !b.id().equals(manifest.provider())))
                    .findFirst().map(PartyEntry::id)
                    .orElseThrow(() -> new ImportRejectedException(at + ": the file's manifest names no " + role + " party"));
        }
    }
}
