package io.github.compliancegraph.framework;

import java.util.List;

/** A framework's clause tree, parents before children. */
public record Catalog(FrameworkInfo framework, List<CatalogClause> clauses) {
}
