package io.github.compliancegraph.imports;

/** The {@code (:Source)} node of an imported document. */
public record ImportedSource(String id, String kind, String file, String title, String publisher, String date,
        String language, String sha256, String provenance) {

    public ImportedSource withDate(String newDate) {
        return new ImportedSource(id, kind, file, title, publisher, newDate, language, sha256, provenance);
    }
}
