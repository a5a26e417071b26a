package io.github.compliancegraph.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a provider leaves to the customer for one framework, grouped as an auditor reads it: by
 * chapter of the framework, then by topic, each item with the clauses it serves.
 *
 * @param statements distinct customer statements (one may serve several chapters and topics)
 */
public record CustomerResponsibilities(String provider, String framework, int statements, List<Chapter> chapters) {

    /** A chapter, null for statements citing no clause of the framework. */
    public record Chapter(String chapter, String title, List<TopicGroup> topics) {
    }

    /** A topic, null for statements no topic keyword matched. */
    public record TopicGroup(String topic, String label, List<Item> items) {
    }

    public record Item(String control, String party, boolean shared, String section, String sectionTitle, String text,
            String referenceCell, List<String> clauses) {
    }

    /** From the customer-responsibilities traversal's rows, in their order. */
    static CustomerResponsibilities of(String provider, String framework, List<CustomerStatement> rows) {
        Map<String, Map<String, List<Item>>> grouped = new LinkedHashMap<>();
        Map<String, String> chapterTitles = new LinkedHashMap<>();
        Map<String, String> topicLabels = new LinkedHashMap<>();
        for (CustomerStatement row : rows) {
            chapterTitles.put(row.chapter(), row.chapterTitle());
            topicLabels.put(row.topic(), row.topicLabel());
            grouped.computeIfAbsent(row.chapter(), c -> new LinkedHashMap<>()).computeIfAbsent(row.topic(), t -> new ArrayList<>())
                    .add(new Item(row.control(), row.party(), row.shared(), row.section(), row.sectionTitle(), row.text(),
                            row.referenceCell(), row.clauses()));
        }
        var chapters = new ArrayList<Chapter>();
        grouped.forEach((chapter, topics) -> {
            var groups = new ArrayList<TopicGroup>();
            topics.forEach((topic, items) -> groups.add(new TopicGroup(topic, topicLabels.get(topic), List.copyOf(items))));
            chapters.add(new Chapter(chapter, chapterTitles.get(chapter), List.copyOf(groups)));
        });
        int statements = (int) rows.stream().map(CustomerStatement::control).distinct().count();
        return new CustomerResponsibilities(provider, framework, statements, List.copyOf(chapters));
    }
}
