package io.github.compliancegraph.framework;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRow;

/**
 * One framework: the row of the {@code framework} traversal.
 *
 * @param version         its edition ("2022", "rev 5", "3.2")
 * @param libraryVersion  the packaging version of the library file its catalog came from, or null
 * @param clauses         its clauses, cited or from its catalog
 * @param catalogClauses  those from its catalog
 * @param controlsByParty how many statements of each party map to it or its clauses ({@code party}, {@code controls})
 * @param related         the frameworks it derives from or is evidence for, or that derive from it
 *                        ({@code relation}, {@code direction}, {@code framework}, {@code evidence})
 */
@TraversalRow("framework")
public record FrameworkDetail(String id, String name, String version, String libraryVersion, String publisher,
        String description, long clauses, long catalogClauses, List<Map<String, Object>> controlsByParty,
        List<Map<String, Object>> related) {
}
