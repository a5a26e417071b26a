package io.github.compliancegraph.responsibility;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * A statement of a provider's documents binding the customer, under one chapter of the framework and
 * one topic: the row of the {@code customer-responsibilities} traversal.
 *
 * @param chapter the ref of the chapter whose clauses it serves, null when it cites no clause of the framework
 * @param topic   a topic it is about, null when no topic keyword matched it
 * @param shared  whether the provider is responsible for it too
 * @param clauses the uids of the framework's clauses it serves under that chapter
 */
@TraversalRow("customer-responsibilities")
public record CustomerStatement(String chapter, String chapterTitle, String topic, String topicLabel, String control,
        String party, boolean shared, String source, String section, String sectionTitle, String text,
        String referenceCell, List<String> clauses) {
}
