package io.github.compliancegraph.imports;

/**
 * Imports one kind of file (an OSCAL catalog, a CISO Assistant library, a responsibility table…):
 * reads it fully, then writes it in one transaction with its Source node and report. One class
 * per kind; {@link Importers} dispatches the HTTP and command-line imports to them by kind.
 */
public interface Importer {

    /** The kind the HTTP path and the {@code --import} option name: "oscal-catalog", "responsibility-matrix"… */
    String kind();

    ImportReport importFile(ImportRequest request);
}
