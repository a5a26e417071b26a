package io.github.compliancegraph.search;

import java.util.List;

import io.github.compliancegraph.topic.TopicTag;

/**
 * A query as the search runs it.
 *
 * @param lucene     the Lucene query over folded text the traversal runs; empty when nothing in the
 *                   words typed can be searched (punctuation alone)
 * @param expansions what is looked for: the words and phrases typed, then what the glossary and the
 *                   topics add; each hit lists those it matched
 * @param topics     the topics the words typed name, with the keyword that named each
 */
record SearchQuery(String lucene, List<Expansion> expansions, List<TopicTag> topics) {

    boolean searchable() {
        return !lucene.isEmpty();
    }
}
