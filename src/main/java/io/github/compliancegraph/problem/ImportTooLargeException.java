package io.github.compliancegraph.problem;

import org.springframework.util.unit.DataSize;

/** The file is larger than {@code compliance.imports.max-file-size}; it was not read into the graph. */
public class ImportTooLargeException extends ImportRejectedException {

    public ImportTooLargeException(String file, long size, DataSize limit) {
        super(file + ": " + size + " bytes, more than the " + limit.toMegabytes()
                + " MB an import may hold (compliance.imports.max-file-size)");
    }
}
