package io.github.compliancegraph.neo4j;

/** Published by this app once an import's transaction has committed: the graph is at a new version. */
public record GraphChanged() {
}
