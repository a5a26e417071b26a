package io.github.compliancegraph.imports.csv;

import java.util.List;

import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.CatalogFileImporter;
import io.github.compliancegraph.imports.ReferenceData;
import org.springframework.stereotype.Component;

/** A catalog in the plain CSV format (ref, parent, title, assessable), as the framework of the {@code framework} option. */
@Component
public class CsvCatalogImporter extends CatalogFileImporter {

    CsvCatalogImporter(ReferenceData data) {
        super(data);
    }

    @Override
    public String kind() {
        return "csv-catalog";
    }

    @Override
    protected ReadCatalog parse(String text, FrameworkInfo framework) {
        return new ReadCatalog(new CsvReferenceParser().catalog(text, framework), framework.id(), List.of());
    }
}
