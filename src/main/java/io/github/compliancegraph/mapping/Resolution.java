package io.github.compliancegraph.mapping;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a cited reference was matched to a clause; stored on each MAPS_TO edge as {@code resolution}. */
public enum Resolution {
    /** Found in the framework's catalog as written (up to spacing and the "A." form). */
    EXACT("exact"),
    /** Written without "A" but the number exists only in Annex A. */
    ANNEX_INFERRED("annex-inferred"),
    /** The number exists in the main body and in Annex A; the document section decided. */
    CONTEXT("context"),
    /** The number exists in both and no section rule applies; kept as written. */
    AMBIGUOUS("ambiguous"),
    /** The framework has a catalog and this reference is not in it (a typo such as A15.1.13). */
    NOT_IN_CATALOG("not-in-catalog"),
    /** The framework's catalog is not in the graph yet; the clause is kept as cited. */
    UNCATALOGUED("uncatalogued"),
    /** The cell names the framework, not a clause. */
    FRAMEWORK("framework"),
    /**
     * Found in the catalog as a whole NIST SP 800-53 family ("AC: ACCESS CONTROL"), its group clause:
     * listed, since a family-level citation is coarser than the controls it holds.
     */
    FAMILY("family");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Whether the import report lists each reference so resolved, line by line: all but the plain matches. */
    public boolean worthListing() {
        return this != EXACT && this != ANNEX_INFERRED && this != FRAMEWORK;
    }
}
