package io.github.compliancegraph.imports.oscal;

import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.CatalogFileImporter;
import io.github.compliancegraph.imports.ReferenceData;
import org.springframework.stereotype.Component;

/** An OSCAL catalog, as the framework of the {@code framework} option. */
@Component
public class OscalCatalogImporter extends CatalogFileImporter {

    OscalCatalogImporter(ReferenceData data) {
        super(data);
    }

    @Override
    public String kind() {
        return "oscal-catalog";
    }

    @Override
    protected ReadCatalog parse(String text, FrameworkInfo framework) {
        ParsedOscalCatalog parsed = new OscalCatalogParser().parse(text, framework);
        return new ReadCatalog(parsed.catalog(), parsed.title(), parsed.problems());
    }
}
