package io.github.compliancegraph.imports.cisoassistant;

import java.util.List;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.imports.Problem;

/**
 * What a CISO Assistant library holds: a framework as a catalog, and mapping sets whose mappings still name
 * requirements by urn (the clauses' {@code sourceId}), since the frameworks they join live in other files.
 *
 * @param urn         the library's urn, or null
 * @param name        the library's name, or null
 * @param frameworks  the framework of the library, if it has one
 * @param mappingSets the requirement mapping sets of the library, in file order
 * @param problems    what was repaired or skipped, with its line
 */
public record ParsedLibrary(String urn, String name, List<Catalog> frameworks, List<MappingSet> mappingSets,
        List<Problem> problems) {

    /**
     * A requirement mapping set.
     *
     * @param id              the set's ref_id (its urn's last segment if it has none)
     * @param sourceFramework framework id, as {@link CisoAssistantLibraryParser#frameworkId} gives it
     * @param targetFramework framework id, likewise
     */
    public record MappingSet(String id, String sourceFramework, String targetFramework, List<UrnMapping> mappings) {
    }

    /**
     * One mapping between two requirements named by urn.
     *
     * @param relationship a NIST IR 8477 word: {@code equal}, {@code subset-of}, {@code superset-of},
     *                     {@code intersects-with} or {@code no-relationship}
     * @param rationale    as the file gives it, lower case, or null
     * @param strength     strength of relationship, 0 to 10, or null
     */
    public record UrnMapping(String sourceUrn, String targetUrn, String relationship, String rationale,
            Integer strength) {
    }
}
