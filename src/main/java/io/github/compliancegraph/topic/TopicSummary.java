package io.github.compliancegraph.topic;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A topic of the taxonomy as the graph holds it: the row of the {@code topics} traversal.
 *
 * @param keywordsEn what tags a statement with the topic, in English; a trailing * matches longer words
 * @param controls   the statements it tags
 */
@TraversalRow("topics")
public record TopicSummary(String id, String labelEn, String labelFr, List<String> keywordsEn, List<String> keywordsFr,
        long controls) {
}
