package io.github.compliancegraph.imports.oscal;

import java.util.List;

import io.github.compliancegraph.imports.Problem;

/**
 * An OSCAL profile (a baseline): which controls it takes from which catalogs. Nothing is
 * resolved here; the caller matches hrefs to catalogs and ids to clauses' source ids.
 *
 * @param title     profile.metadata.title, or null
 * @param version   profile.metadata.version, or null
 * @param oscalUuid profile.uuid, or null
 * @param imports   profile.imports in document order, never empty
 * @param problems  what could not be followed, each naming its JSON path
 */
public record ParsedOscalProfile(String title, String version, String oscalUuid, List<Import> imports,
        List<Problem> problems) {

    /**
     * One profile.imports entry.
     *
     * @param href          as written: a URI, or "#uuid" of a back-matter resource
     * @param resourceHrefs where the imported document is: the href itself, or every rlink of
     *                      the back-matter resource it names (empty when there is none)
     * @param includeAll    whether include-all is present
     * @param includedIds   include-controls with-ids, in document order, each once
     * @param excludedIds   exclude-controls with-ids, in document order, each once
     */
    public record Import(String href, List<String> resourceHrefs, boolean includeAll, List<String> includedIds,
            List<String> excludedIds) {
    }
}
