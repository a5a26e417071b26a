package io.github.compliancegraph.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.compliancegraph.text.Folding;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The topic taxonomy ({@code topics/topics.yaml}) and its tagging rule: a text is about a topic
 * when it contains one of the topic's keywords as whole words, case and accents ignored.
 */
@Component
public class TopicTaxonomy {

    private final List<Topic> topics;
    private final List<Rule> rules = new ArrayList<>();

    public TopicTaxonomy() {
        try (InputStream in = new ClassPathResource("topics/topics.yaml").getInputStream()) {
            topics = List.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Topic>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topics/topics.yaml", e);
        }
        for (Topic topic : topics) {
            topic.keywords().values().stream().flatMap(List::stream).distinct()
                    .forEach(keyword -> rules.add(new Rule(topic.id(), keyword, firstWord(keyword), pattern(keyword))));
        }
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The topics a text is about, each with the first keyword (in taxonomy order) that matched. */
    public List<TopicTag> tag(String text) {
        String folded = Folding.fold(text);
        var tags = new ArrayList<TopicTag>();
        for (Rule rule : rules) {
            if (folded.contains(rule.firstWord) && tags.stream().noneMatch(t -> t.topic().equals(rule.topic))
                    && rule.pattern.matcher(folded).find()) {
                tags.add(new TopicTag(rule.topic, rule.keyword));
            }
        }
        return tags;
    }

    private static Pattern pattern(String keyword) {
        boolean prefix = keyword.endsWith("*");
        String words = Folding.fold(prefix ? keyword.substring(0, keyword.length() - 1) : keyword);
        String body = Pattern.quote(words).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\d])" + body + (prefix ? "" : "(?![\\p{L}\\d])"));
    }

    /** The keyword's first word as folded text holds it: a text without it cannot match, and is not run through the pattern. */
    private static String firstWord(String keyword) {
        return Folding.fold(keyword.replaceFirst("\\*$", "")).split(" ")[0];
    }

    private record Rule(String topic, String keyword, String firstWord, Pattern pattern) {
    }
}
