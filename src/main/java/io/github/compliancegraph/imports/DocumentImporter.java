package io.github.compliancegraph.imports;

import io.github.compliancegraph.problem.UnknownValueException;
import org.springframework.stereotype.Component;

/** A new version of a bundled document, named by the {@code source} option; its manifest gives parties and notations. */
@Component
class DocumentImporter implements Importer {

    private final ImportService imports;
    private final BundledSources bundled;

    DocumentImporter(ImportService imports, BundledSources bundled) {
        this.imports = imports;
        this.bundled = bundled;
    }

    @Override
    public String kind() {
        return "document";
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String sourceId = request.id("source");
        SourceManifest manifest = bundled.manifests().stream().filter(m -> m.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new UnknownValueException("source", sourceId,
                        bundled.manifests().stream().map(SourceManifest::id).toList()));
        return imports.importDocument(manifest.withFile(request.file()), request.content());
    }
}
