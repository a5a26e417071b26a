package io.github.compliancegraph.imports;

import org.springframework.util.unit.DataSize;

/** The file is larger than {@code compliance.imports.max-file-size}; it was not read into the graph. */
public class ImportTooLargeException extends ImportRejectedException {

    ImportTooLargeException(String file, long size, DataSize limit) {
        super(file + ": " + size + " bytes, more than the " + limit.toMegabytes()
                + " MB an import may hold (compliance.imports.max-file-size)");
    }
}
