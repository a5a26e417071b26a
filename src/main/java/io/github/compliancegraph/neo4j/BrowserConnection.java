package io.github.compliancegraph.neo4j;

/**
 * What the embedded database tells Neo4j Browser once it connects: the commands Browser runs then
 * (apply a style, play a guide) and the hosts it may fetch such content from. Whoever serves that
 * content provides this as a bean; without one, Browser is told nothing.
 *
 * @param postConnectCommand Browser commands separated by {@code ;}, or empty
 * @param contentHosts       comma-separated hosts Browser may fetch guides and styles from
 */
public record BrowserConnection(String postConnectCommand, String contentHosts) {
}
