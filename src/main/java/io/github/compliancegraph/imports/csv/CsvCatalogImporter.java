package io.github.compliancegraph.imports.csv;

import java.time.Instant;
import java.util.List;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.TextDecoding;
import org.springframework.stereotype.Component;

/** A catalog in the plain CSV format (ref, parent, title, assessable), as the framework of the {@code framework} option. */
@Component
public class CsvCatalogImporter implements Importer {

    public static final String KIND = "csv-catalog";

    private final ReferenceData data;

    CsvCatalogImporter(ReferenceData data) {
        this.data = data;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String frameworkId = request.id("framework");
        return data.exclusively(() -> {
            Instant started = Instant.now();
            Catalog catalog = new CsvReferenceParser().catalog(TextDecoding.decode(request.content(), request.file()),
                    data.framework(frameworkId, null));
            var source = ReferenceData.source(ReferenceData.sourceIdOf(KIND, frameworkId), KIND, request.file(), frameworkId,
                    request.content(), request.provenance());
            return data.write(source, List.of(catalog), List.of(), ReferenceData.catalogCounts(catalog), List.of(), started);
        });
    }
}
