package io.github.compliancegraph.imports.matrix;

/** Something the parser repaired or skipped, with the line it concerns, for the import report. */
public record ParseNote(int line, String message) {
}
