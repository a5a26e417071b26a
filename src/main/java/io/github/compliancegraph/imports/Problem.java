package io.github.compliancegraph.imports;

/** Something in a document the importer repaired, skipped or could not read, with its line. */
public record Problem(int line, String message) {
}
