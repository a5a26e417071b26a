package io.github.compliancegraph.imports;

/** The {@code (:Source)} node of an imported document. */
public record ImportedSource(String id, String kind, String file, String title, String publisher, String date,
        String language, String sha256, String provenance) {

    /** A source id made from a file name: "Nimbus Matrix.csv" gives "nimbus-matrix". */
    public static String idOf(String file) {
        String stem = file.replaceFirst("\\.[A-Za-z]+$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        return stem.replaceAll("^-+|-+$", "");
    }

    public ImportedSource withDate(String newDate) {
        return new ImportedSource(id, kind, file, title, publisher, newDate, language, sha256, provenance);
    }
}
