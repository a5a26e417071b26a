package io.github.compliancegraph.imports.matrix;

/**
 * One statement of a responsibility matrix, as the document gives it.
 *
 * @param line          line where the statement starts (1-based)
 * @param section       number of the section it sits in
 * @param sectionTitle  title of that section
 * @param partyHeading  who the block is about, as the block heading names it ("Outscale", "Client")
 * @param text          statement text, cleaned of markup and joined across page breaks
 * @param referenceCell the reference cell as written ("-" when the row cites nothing)
 * @param ordinal       position within its block, starting at 1
 */
public record MatrixStatement(int line, int section, String sectionTitle, String partyHeading, String text,
        String referenceCell, int ordinal) {
}
