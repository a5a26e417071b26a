package io.github.compliancegraph.framework;

/** A clause of a shipped catalog: its reference and a short title in our own words. */
public record CatalogClause(String ref, String title) {
}
