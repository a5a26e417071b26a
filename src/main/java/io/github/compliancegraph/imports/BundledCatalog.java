package io.github.compliancegraph.imports;

/**
 * A public-domain catalog or profile shipped in {@code data/catalogs} (its {@code catalogs.yaml}):
 * how to import it and where it comes from.
 *
 * @param kind      oscal-catalog or oscal-profile
 * @param framework the framework id it is imported as
 * @param catalog   for a profile, the catalog its controls are selected from
 */
public record BundledCatalog(String kind, String framework, String catalog, String file, String repository, String commit,
        String path, String licence, String sha256) {

    /** The id of the Source node its import writes. */
    public String sourceId() {
        return ReferenceData.sourceIdOf(kind, framework);
    }

    /** The import of its content, as the framework (and from the catalog) {@code catalogs.yaml} names. */
    public ImportRequest request(byte[] content) {
        var options = new java.util.HashMap<String, String>();
        options.put("framework", framework);
        if (catalog != null) {
            options.put("catalog", catalog);
        }
        return new ImportRequest(file, content, options, null, null, provenance());
    }

    public String provenance() {
        return "bundled unchanged from " + repository + " at commit " + commit + ", " + path + " (" + licence + ")";
    }
}
