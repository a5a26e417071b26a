package io.github.compliancegraph.imports.oscal;

import java.time.Instant;
import java.util.List;

import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.TextDecoding;
import org.springframework.stereotype.Component;

/** An OSCAL catalog, as the framework of the {@code framework} option. */
@Component
public class OscalCatalogImporter implements Importer {

    public static final String KIND = "oscal-catalog";

    private final ReferenceData data;

    OscalCatalogImporter(ReferenceData data) {
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
            ParsedOscalCatalog parsed = new OscalCatalogParser().parse(TextDecoding.decode(request.content(), request.file()),
                    data.framework(frameworkId, null));
            var source = ReferenceData.source(ReferenceData.sourceIdOf(KIND, frameworkId), KIND, request.file(), parsed.title(),
                    request.content(), request.provenance());
            return data.write(source, List.of(parsed.catalog()), List.of(), ReferenceData.catalogCounts(parsed.catalog()),
                    parsed.problems(), started);
        });
    }
}
