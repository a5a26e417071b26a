package io.github.compliancegraph.imports;

import java.time.Instant;
import java.util.List;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.FrameworkInfo;

/** A catalog file of one format, imported as the framework of the {@code framework} option. */
public abstract class CatalogFileImporter implements Importer {

    /** A catalog as a format's parser reads it: its clauses, the title the file gives, what was repaired. */
    public record ReadCatalog(Catalog catalog, String title, List<Problem> problems) {
    }

    private final ReferenceData data;

    protected CatalogFileImporter(ReferenceData data) {
        this.data = data;
    }

    protected abstract ReadCatalog parse(String text, FrameworkInfo framework);

    @Override
    public ImportReport importFile(ImportRequest request) {
        String frameworkId = request.id("framework");
        return data.exclusively(() -> {
            Instant started = Instant.now();
            ReadCatalog read = parse(TextDecoding.decode(request.content(), request.file()), data.framework(frameworkId, null));
            var source = ReferenceData.source(ReferenceData.sourceIdOf(kind(), frameworkId), kind(), request.file(), read.title(),
                    request.content(), request.provenance());
            return data.write(source, List.of(read.catalog()), List.of(), ReferenceData.catalogCounts(read.catalog()),
                    read.problems(), started);
        });
    }
}
