package io.github.compliancegraph.topic;

/** A control about a topic, and the keyword that says so. */
public record TopicTag(String topic, String keyword) {
}
