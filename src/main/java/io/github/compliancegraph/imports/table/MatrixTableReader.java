package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.imports.table.PartyVocabulary.Bound;
import io.github.compliancegraph.imports.table.Table.TableRow;
import io.github.compliancegraph.mapping.ParsedCell;
import io.github.compliancegraph.mapping.ReferenceCellParser;
import io.github.compliancegraph.mapping.ReferenceResolver;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Turns any provider's responsibility matrix, as a table, into controls. The table is found
 * wherever it lies ({@link TableFinder}); its columns by their header ({@link Field}, {@link Layout}):
 * statement id (optional), section (optional), party (read through a {@link PartyVocabulary}),
 * statement, language (optional), implementation status (optional) and reference (the cells the
 * reference parser reads with the file's prefixes, or, in a column none of whose cells names a
 * prefix, in its default framework: see {@link MatrixManifest}).
 *
 * <p>Without a section column, a statement's section is the NIST SP 800-53 family of the first
 * control its reference cell names ({@code AC-02 (a)} is in section {@code AC}), else one section
 * named after the sheet.
 *
 * <p>Copes with what spreadsheets exported by hand hold: title rows above the header, blank rows,
 * merged section and party cells flattened (blank below their first row: the value above holds),
 * a merged statement flattened over two rows (a row with only a reference continues the statement
 * above), a row holding only a section (a heading), and stray spaces. A statement the document
 * marks as applying to nobody ("N/A") is kept, bound to no party.
 */
public final class MatrixTableReader {

    private static final Pattern NUMBERED_SECTION = Pattern.compile("^(\\d+(?:\\.\\d+)*)[.):]?(?:\\s+(.*))?$");
    private static final Pattern NIST_FAMILY = Pattern.compile("(?<![\\p{L}])(\\p{L}{2})-\\d");
    private static final Pattern REVISION = Pattern.compile("\\b(?:rev(?:ision)?\\.?\\s*|r)(\\d)\\b");

    public SourceGraph read(SourceManifest manifest, ImportedSource source, Table table, Map<String, Set<String>> catalogs) {
        var problems = new ArrayList<Problem>();
        Layout layout = TableFinder.find(table, manifest, problems);
        Header header = layout.header;
        if (header.first() > 0) {
            problems.add(new Problem(header.sheet().rows().get(0).number(), header.first() + " " + table.unit()
                    + "(s) above the header skipped (title or notes)"));
        }
        var vocabulary = PartyVocabulary.of(manifest);
        List<Draft> drafts = drafts(table, layout, vocabulary, problems);
        if (drafts.isEmpty()) {
            throw new ImportRejectedException(table.at(header.sheet(), header.firstRow().number()) + ": no statement below the header");
        }
        if (!layout.has(Field.STATUS)) {
            statusesFromOtherSheets(table, layout, manifest, drafts, problems);
        }
        List<ReferenceCellParser> parsers = parsers(manifest, layout, drafts);
        var resolver = new ReferenceResolver(catalogs, manifest.isoContext());
        var ids = new ControlIdentity(source.id());
        var controls = new ArrayList<ControlRecord>();
        for (Draft d : drafts) {
            List<ResolvedReference> references = references(d, parsers, resolver, problems);
            String language = d.language.isEmpty() ? Optional.ofNullable(manifest.language()).orElse("en") : d.language;
            String referenceCell = String.join(" ; ", d.references.stream().filter(r -> !r.isEmpty()).toList());
            String bound = d.bound.sharedWith() != null ? "shared" : Objects.requireNonNullElse(d.bound.party(), "not-applicable");
            controls.add(new ControlRecord(ids.next(d.section.id, bound, d.text), d.bound.party(), d.section.id, d.section.title,
                    d.text, language.toLowerCase(Locale.ROOT), d.number, d.ordinal, referenceCell.isEmpty() ? null : referenceCell,
                    references, d.id.isEmpty() ? null : d.id, d.bound.sharedWith(), d.responsibility,
                    d.status.isEmpty() ? null : d.status));
        }
        return new SourceGraph(source, parties(manifest, vocabulary, controls), controls, List.of(), problems);
    }

    private static List<Draft> drafts(Table table, Layout layout, PartyVocabulary vocabulary, List<Problem> problems) {
        Header header = layout.header;
        var drafts = new ArrayList<Draft>();
        var blank = new ArrayList<Integer>();
        var statementIds = new HashMap<String, Integer>();
        var sections = new Sections();
        var ordinals = new HashMap<Section, Integer>();
        Section section = null;
        List<String> partyCell = null;
        if (!layout.has(Field.SECTION)) {
            problems.add(new Problem(header.firstRow().number(), "no section column: a statement's section is the NIST SP 800-53 "
                    + "family its reference names, else '" + header.sheet().name() + "'"));
        }
        List<TableRow> rows = header.sheet().rows();
        for (TableRow row : rows.subList(header.last() + 1, rows.size())) {
            if (row.blank()) {
                blank.add(row.number());
                continue;
            }
            String at = table.at(header.sheet(), row.number());
            String sectionCell = layout.cell(row, Field.SECTION);
            if (!sectionCell.isEmpty()) {
                section = sections.of(sectionCell);
            }
            String text = layout.statement(row);
            List<String> references = layout.referenceColumns().stream().map(row::cell).toList();
            String reference = String.join(" ; ", references.stream().filter(r -> !r.isEmpty()).toList());
            if (text.isEmpty()) {
                if (!reference.isEmpty() && !drafts.isEmpty() && sectionCell.isEmpty()) {
                    Draft above = drafts.get(drafts.size() - 1);
                    above.continueWith(references);
                    problems.add(new Problem(row.number(), "no statement: reference '" + reference
                            + "' taken as the continuation of the statement on " + table.unit() + " " + above.number));
                } else if (sectionCell.isEmpty() || !reference.isEmpty()) {
                    problems.add(new Problem(row.number(), "no statement in column '" + layout.heading(Field.STATEMENT)
                            + "': " + table.unit() + " skipped"));
                }
                continue;
            }
            Section of = layout.has(Field.SECTION) ? section : sections.family(reference).orElseGet(() -> sections.of(header.sheet().name()));
            if (of == null) {
                throw new ImportRejectedException(at + ", column '" + layout.heading(Field.SECTION)
                        + "': no section, and none above to carry down");
            }
            List<String> party = layout.values(row, Field.PARTY);
            partyCell = party.isEmpty() ? partyCell : party;
            if (partyCell == null) {
                throw new ImportRejectedException(at + ", column '" + layout.heading(Field.PARTY)
                        + "': no party, and none above to carry down");
            }
            String id = layout.cell(row, Field.ID);
            Integer taken = id.isEmpty() ? null : statementIds.putIfAbsent(id, row.number());
            if (taken != null) {
                throw new ImportRejectedException(at + ", column '" + layout.heading(Field.ID)
                        + "': statement id '" + id + "' is already used on " + table.unit() + " " + taken);
            }
            Bound bound = vocabulary.bind(partyCell, at + ", column '" + layout.heading(Field.PARTY) + "'");
            drafts.add(new Draft(row.number(), ordinals.merge(of, 1, Integer::sum), id, of, bound, String.join("; ", partyCell),
                    text, layout.cell(row, Field.LANGUAGE), layout.cell(row, Field.STATUS), references));
        }
        if (!blank.isEmpty()) {
            problems.add(new Problem(blank.get(0), blank.size() + " blank " + table.unit() + "(s) skipped: " + blank));
        }
        return drafts;
    }

    /** The references of a statement's cells, each read by its column's parser. */
    private static List<ResolvedReference> references(Draft d, List<ReferenceCellParser> parsers, ReferenceResolver resolver,
            List<Problem> problems) {
        var references = new ArrayList<ResolvedReference>();
        for (int i = 0; i < parsers.size(); i++) {
            String cell = d.references.get(i);
            ParsedCell parsed = parsers.get(i).parse(cell);
            parsed.problems().forEach(p -> problems.add(new Problem(d.number, "reference '" + cell + "': " + p)));
            parsed.references().forEach(r -> references.add(resolver.resolve(r, d.section.number)));
        }
        return List.copyOf(references);
    }

    /**
     * One parser per reference column: the file's prefixes, and for a column none of whose cells
     * names one (a FedRAMP "Control ID", a baseline's "NIST SP800-53 r4 ID(s)") the column's
     * framework for cells naming none.
     */
    private static List<ReferenceCellParser> parsers(SourceManifest manifest, Layout layout, List<Draft> drafts) {
        var prefixed = new ReferenceCellParser(manifest.notations());
        var parsers = new ArrayList<ReferenceCellParser>();
        for (int i = 0; i < layout.referenceColumns().size(); i++) {
            int column = i;
            boolean namesPrefixes = drafts.stream().anyMatch(d -> !prefixed.parse(d.references.get(column)).references().isEmpty());
            parsers.add(namesPrefixes ? prefixed : new ReferenceCellParser(manifest.notations(),
                    MatrixManifest.notation(layout.heading(layout.referenceColumns().get(i)),
                            framework(manifest, layout.heading(layout.referenceColumns().get(i))))));
        }
        return parsers;
    }

    /** The framework option or manifest key; else what the column's header says of the revision. */
    private static String framework(SourceManifest manifest, String heading) {
        if (manifest.framework() != null) {
            return manifest.framework();
        }
        Matcher revision = REVISION.matcher(heading.toLowerCase(Locale.ROOT));
        return revision.find() && revision.group(1).equals("5") ? "nist-sp800-53-r5" : "nist-sp800-53-r4";
    }

    /**
     * A FedRAMP workbook gives the implementation status of each control on its CIS worksheet, not
     * beside the CRM's statements: taken from the first other sheet whose header has an
     * implementation status and a reference column, matching the reference cells as written
     * (case and spaces aside).
     */
    private static void statusesFromOtherSheets(Table table, Layout layout, SourceManifest manifest, List<Draft> drafts,
            List<Problem> problems) {
        for (var sheet : table.sheets()) {
            Optional<Layout> other = sheet == layout.header.sheet() ? Optional.empty()
                    : TableFinder.best(table, sheet, TableFinder.columnsMap(manifest))
                            .filter(l -> l.has(Field.STATUS) && l.referenceColumns().size() == 1);
            if (other.isEmpty()) {
                continue;
            }
            Map<String, String> statuses = new LinkedHashMap<>();
            List<TableRow> rows = sheet.rows();
            int column = other.get().referenceColumns().get(0);
            rows.subList(other.get().header.last() + 1, rows.size()).forEach(row -> {
                String status = other.get().cell(row, Field.STATUS);
                if (!status.isEmpty()) {
                    statuses.putIfAbsent(controlKey(row.cell(column)), status);
                }
            });
            int found = 0;
            for (Draft d : drafts) {
                String status = d.references.isEmpty() ? null : statuses.get(controlKey(d.references.get(0)));
                if (d.status.isEmpty() && status != null) {
                    d.status = status;
                    found++;
                }
            }
            if (found > 0) {
                problems.add(new Problem(other.get().header.firstRow().number(), "implementation status of " + found
                        + " statement(s) taken from sheet '" + sheet.name() + "', by '" + other.get().heading(column) + "'"));
                return;
            }
        }
    }

    private static String controlKey(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** The manifest's parties, and the third party when a statement binds it and the manifest has none. */
    private static List<PartyRecord> parties(SourceManifest manifest, PartyVocabulary vocabulary, List<ControlRecord> controls) {
        PartyEntry third = vocabulary.thirdParty();
        boolean thirdBound = controls.stream().flatMap(c -> Stream.of(c.party(), c.sharedWith())).anyMatch(third.id()::equals);
        return Stream.concat(manifest.parties().stream(),
                        thirdBound && !manifest.parties().contains(third) ? Stream.of(third) : Stream.empty())
                .map(p -> new PartyRecord(p.id(), p.name(), p.role())).toList();
    }

    /** A statement read from its row, its reference cells possibly continued on the next. */
    private static final class Draft {
        final int number;
        final int ordinal;
        final String id;
        final Section section;
        final Bound bound;
        final String responsibility;
        final String text;
        final String language;
        String status;
        final List<String> references;

        Draft(int number, int ordinal, String id, Section section, Bound bound, String responsibility, String text,
                String language, String status, List<String> references) {
            this.number = number;
            this.ordinal = ordinal;
            this.id = id;
            this.section = section;
            this.bound = bound;
            this.responsibility = responsibility;
            this.text = text;
            this.language = language;
            this.status = status;
            this.references = new ArrayList<>(references);
        }

        /** A row holding only references: each continues the cell of its column. */
        void continueWith(List<String> more) {
            for (int i = 0; i < more.size(); i++) {
                String cell = references.get(i);
                references.set(i, more.get(i).isEmpty() ? cell : cell.isEmpty() ? more.get(i) : cell + " ; " + more.get(i));
            }
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

        /** The NIST SP 800-53 family of the first control a reference cell names ("AC" for "AC-02 (a)"). */
        Optional<Section> family(String reference) {
            Matcher m = NIST_FAMILY.matcher(reference);
            if (!m.find()) {
                return Optional.empty();
            }
            String family = m.group(1).toUpperCase(Locale.ROOT);
            return Optional.of(seen.computeIfAbsent("family " + family, k -> new Section(family, family, seen.size() + 1)));
        }
    }
}
