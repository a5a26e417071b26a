package io.github.compliancegraph.imports;

import java.util.List;

import io.github.compliancegraph.mapping.ResolvedReference;

/** A {@code (:Control)} node to write, with the party responsible and the references it cites. */
public record ControlRecord(String uid, String party, String section, String sectionTitle, String text, String lang,
        int line, int ordinal, String referenceCell, List<ResolvedReference> references) {
}
