package io.github.compliancegraph.imports.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text extracted from a responsibility matrix: numbered sections, each with
 * "Responsabilité de X" blocks holding two-column rows (statement, reference cell) separated by
 * a tab. Pure: text in, records out.
 *
 * <p>Repairs what the extraction broke, and notes each repair: a row whose reference cell is
 * empty continues the row before it (a page break cut it), a row with only a reference cell
 * gives that reference to the row before it; header rows and table rules are skipped.
 */
public final class ResponsibilityMatrixParser {

    private static final Pattern TABLE_OF_CONTENTS_ENTRY = Pattern.compile("^(\\d{1,3})\\.\\t");
    private static final Pattern SECTION = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*?)[\\s.]*$");
    private static final Pattern BLOCK = Pattern.compile(
            "^[^\\p{L}\\d\\s]?\\s*Responsabilit[ée]s?\\s+(?:de\\s+la\\s+|de\\s+l['’]\\s*|d['’]\\s*|du\\s+|des\\s+|de\\s+)(\\S.*?)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER_CELL = Pattern.compile("(?iu)description|r[ée]f[ée]rentiels?");
    private static final Pattern RULE_CELL = Pattern.compile("^-{2,}$|^-*$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public ParsedMatrix parse(String document) {
        var state = new State();
        String[] lines = LINE_BREAK.split(stripByteOrderMark(document), -1);
        for (int i = 0; i < lines.length; i++) {
            state.read(i + 1, lines[i]);
        }
        return new ParsedMatrix(state.finish(), List.copyOf(state.notes), state.listedSections,
                state.section == null ? 0 : state.section, state.lastLine);
    }

    private static String stripByteOrderMark(String document) {
        return !document.isEmpty() && document.charAt(0) == BYTE_ORDER_MARK ? document.substring(1) : document;
    }

    /** A statement being read, which a following row may still extend. */
    private static final class Row {
        final int line;
        final int section;
        final String sectionTitle;
        final String party;
        final int ordinal;
        String text;
        String reference;

        Row(int line, int section, String sectionTitle, String party, int ordinal, String text, String reference) {
            this.line = line;
            this.section = section;
            this.sectionTitle = sectionTitle;
            this.party = party;
            this.ordinal = ordinal;
            this.text = text;
            this.reference = reference;
        }

        MatrixStatement toStatement() {
            return new MatrixStatement(line, section, sectionTitle, party, CellText.toPlain(text),
                    reference.isEmpty() ? "-" : reference, ordinal);
        }
    }

    private static final class State {
        final List<Row> rows = new ArrayList<>();
        final List<ParseNote> notes = new ArrayList<>();
        Integer section;
        String sectionTitle;
        String party;
        Row last;
        int ordinal;
        int listedSections;
        int lastLine;

        void read(int lineNo, String line) {
            if (line.isBlank()) {
                return;
            }
            lastLine = lineNo;
            if (line.indexOf('\t') < 0) {
                readProse(lineNo, line.strip());
                return;
            }
            if (party == null) {
                if (section != null) {
                    notes.add(new ParseNote(lineNo, "table row outside any responsibility block, skipped"));
                }
                var entry = TABLE_OF_CONTENTS_ENTRY.matcher(line);
                if (section == null && entry.find()) {
                    listedSections = Math.max(listedSections, Integer.parseInt(entry.group(1)));
                }
                return; // the table of contents, before the first section
            }
            String[] cells = line.split("\t", -1);
            String text = cells[0].strip();
            String reference = cells.length > 1 ? cells[1].strip() : "";
            if (cells.length > 2) {
                notes.add(new ParseNote(lineNo, "row has " + cells.length + " cells, extra cells read as references"));
                reference = String.join(" ", java.util.Arrays.copyOfRange(cells, 1, cells.length)).strip();
            }
            readRow(lineNo, text, reference);
        }

        private void readProse(int lineNo, String line) {
            var heading = SECTION.matcher(line);
            if (heading.matches()) {
                section = Integer.valueOf(heading.group(1));
                sectionTitle = heading.group(2);
                party = null;
                last = null;
                return;
            }
            var block = BLOCK.matcher(line);
            if (block.matches() && section != null) {
                party = block.group(1);
                last = null;
                ordinal = 0;
                return;
            }
            if (last != null) {
                last.text = CellText.join(last.text, line);
                notes.add(new ParseNote(lineNo, "line without a reference cell joined to the statement of line " + last.line));
            }
        }

        private void readRow(int lineNo, String text, String reference) {
            if (HEADER_CELL.matcher(text).matches() && HEADER_CELL.matcher(reference).matches()) {
                return;
            }
            if (text.startsWith("--") && RULE_CELL.matcher(text).matches() && RULE_CELL.matcher(reference).matches()) {
                notes.add(new ParseNote(lineNo, "table rule skipped"));
                return;
            }
            if (text.isEmpty() && reference.isEmpty()) {
                return;
            }
            if (text.isEmpty()) {
                if (last == null) {
                    notes.add(new ParseNote(lineNo, "reference '" + reference + "' without a statement, skipped"));
                } else {
                    last.reference = (last.reference + " " + reference).strip();
                    notes.add(new ParseNote(lineNo, "reference '" + reference + "' cut off by a page break, given to the statement of line " + last.line));
                }
                return;
            }
            if (reference.isEmpty() && last != null) {
                last.text = CellText.join(last.text, text);
                notes.add(new ParseNote(lineNo, "row cut by a page break, joined to the statement of line " + last.line));
                return;
            }
            if (reference.isEmpty()) {
                notes.add(new ParseNote(lineNo, "statement without a reference cell"));
            }
            last = new Row(lineNo, section, sectionTitle, party, ++ordinal, text, reference);
            rows.add(last);
        }

        List<MatrixStatement> finish() {
            return rows.stream().map(Row::toStatement).toList();
        }
    }
}
