package io.github.compliancegraph.imports.matrix;

import java.util.List;

/**
 * Everything read from a responsibility matrix: its statements, what the parser had to repair, and
 * how far the text got against its table of contents, so a cut-off file is not taken for a short one.
 *
 * @param listedSections highest section number of the table of contents, 0 without one
 * @param lastSection    number of the last section heading read, 0 without any
 * @param lastLine       number of the last line that is not blank
 */
public record ParsedMatrix(List<MatrixStatement> statements, List<ParseNote> notes, int listedSections, int lastSection,
        int lastLine) {

    public boolean truncated() {
        return lastSection < listedSections;
    }
}
