package io.github.compliancegraph.mapping;

import java.util.List;

/** The references a cell makes, and what in it could not be read. */
public record ParsedCell(List<CitedReference> references, List<String> problems) {
}
