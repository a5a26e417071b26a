package io.github.compliancegraph.imports.oscal;

import java.util.List;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.imports.Problem;

/**
 * An OSCAL catalog read as a clause tree.
 *
 * @param catalog   groups and controls as clauses, parents before children
 * @param oscalUuid catalog.uuid, or null
 * @param title     catalog.metadata.title, or null
 * @param version   catalog.metadata.version, or null
 * @param problems  controls skipped and refs given twice, each naming its JSON path
 */
public record ParsedOscalCatalog(Catalog catalog, String oscalUuid, String title, String version,
        List<Problem> problems) {
}
