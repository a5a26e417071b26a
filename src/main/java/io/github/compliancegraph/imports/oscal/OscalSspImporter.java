package io.github.compliancegraph.imports.oscal;

import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.TextDecoding;
import org.springframework.stereotype.Component;

/**
 * An OSCAL system security plan as a responsibility source of its own, named by the {@code source}
 * option or its file; {@code framework} names what its control-ids cite when the plan does not say,
 * {@code provider} the provider's party id when its roles name no party ({@link OscalSspReader}).
 */
@Component
public class OscalSspImporter implements Importer {

    private final ImportService imports;
    private final OscalSspReader reader = new OscalSspReader();

    OscalSspImporter(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return "oscal-ssp";
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String id = request.optionalId("source");
        var manifest = new SourceManifest(id != null ? id : ImportedSource.idOf(request.file()), kind(), request.file(), null,
                null, null, null, request.provenance(), null, null, null, null);
        var options = new OscalSspReader.Options(request.optionalId("framework"), request.optionalId("provider"));
        return imports.importDocument(manifest, request.content(), (source, catalogs) ->
                reader.read(source, TextDecoding.decode(request.content(), request.file()), options, catalogs));
    }
}
