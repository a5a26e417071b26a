package io.github.compliancegraph.framework;

import java.util.List;

/** A framework's clause structure, parents implied by the refs (see {@code ClauseIds.ancestors}). */
public record Catalog(FrameworkInfo framework, List<CatalogClause> clauses) {
}
