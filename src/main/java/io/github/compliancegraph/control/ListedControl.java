package io.github.compliancegraph.control;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A statement of a document with the party responsible for it: the row of the {@code controls} traversal.
 *
 * @param source        the document it comes from
 * @param section       the section of that document it sits in
 * @param referenceCell the references it cites, as the document writes them
 * @param mapsTo        the uids of the clauses, or the ids of the frameworks, it maps to
 * @param topics        the ids of the topics it is about
 */
@TraversalRow("controls")
public record ListedControl(String uid, String party, String source, String section, String sectionTitle, String text,
        String lang, String referenceCell, List<String> mapsTo, List<String> topics) {
}
