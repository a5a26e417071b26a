package io.github.compliancegraph.topic;

import java.util.List;
import java.util.Map;

/**
 * A subject controls can be about, with labels and keywords in English and French.
 *
 * @param label    display label per language ("en", "fr")
 * @param keywords keywords per language; a trailing * matches longer words
 */
public record Topic(String id, Map<String, String> label, Map<String, List<String>> keywords) {
}
