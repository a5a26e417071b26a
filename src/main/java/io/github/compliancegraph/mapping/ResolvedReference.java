package io.github.compliancegraph.mapping;

/**
 * A cited reference matched to the clause it lands on.
 *
 * @param cited      what the cell said
 * @param ref        the clause reference it resolves to (null for a framework-level reference)
 * @param resolution how it was matched
 */
public record ResolvedReference(CitedReference cited, String ref, Resolution resolution) {

    public String framework() {
        return cited.framework();
    }

    /** Clause uid, or the framework id for a framework-level reference. */
    public String target() {
        return ref == null ? framework() : ClauseIds.uid(framework(), ref);
    }
}
