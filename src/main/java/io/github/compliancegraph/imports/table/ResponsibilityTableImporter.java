package io.github.compliancegraph.imports.table;

import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.Importer;
import org.springframework.stereotype.Component;

/** Any provider's responsibility matrix as a table (CSV, TSV, XLSX), with its options and sidecar manifest ({@link MatrixManifest}). */
@Component
public class ResponsibilityTableImporter implements Importer {

    private final ImportService imports;

    ResponsibilityTableImporter(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return "responsibility-matrix";
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        request.optionalId("source");
        request.optionalId("provider");
        return imports.importDocument(MatrixManifest.of(request.file(), request.manifest(), request.options()), request.content());
    }
}
