package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.browser.BrowserLinks;
import io.github.compliancegraph.neo4j.BoltAddress;
import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Runs any named traversal from a form: its rows, a graph of the paths they carry, its Cypher, and
 * a link that opens it in Neo4j Browser with the same values.
 */
@Controller
class TraversalPage {

    private static final String NAME = "name";

    private final TraversalCatalog catalog;
    private final TraversalRunner traversals;
    private final BoltAddress bolt;

    TraversalPage(TraversalCatalog catalog, TraversalRunner traversals, BoltAddress bolt) {
        this.catalog = catalog;
        this.traversals = traversals;
        this.bolt = bolt;
    }

    @GetMapping("/traversals")
    String runner(@RequestParam Map<String, String> query, Model model) {
        Traversal traversal = traversals.traversal(query.getOrDefault(NAME, TraversalCatalog.FLAGSHIP));
        var given = new LinkedHashMap<>(query);
        given.remove(NAME);
        boolean run = given.remove("run") != null;
        Map<String, Object> values = new LinkedHashMap<>(run ? given : traversal.examples());
        model.addAttribute("traversals", catalog.all());
        model.addAttribute("traversal", traversal);
        model.addAttribute("values", values);
        if (run) {
            TraversalResult<Map<String, Object>> result = traversals.run(traversal.name(), given);
            values = result.parameters();
            List<String> columns = result.rows().isEmpty() ? List.of() : List.copyOf(result.rows().get(0).keySet());
            model.addAttribute("result", result);
            model.addAttribute("columns", columns);
            model.addAttribute("graph", paths(result.rows(), columns).elements());
        }
        model.addAttribute("browserLink", BrowserLinks.run(bolt.uri(), traversal.name(), values));
        return "explorer/traversal";
    }

    /** The paths rows carry (columns named like {@code path}), node by node. */
    private Graph paths(List<Map<String, Object>> rows, List<String> columns) {
        List<String> pathColumns = columns.stream().filter(c -> c.toLowerCase().endsWith("path")).toList();
        var chains = new ArrayList<List<String>>();
        var ids = new LinkedHashSet<String>();
        for (Map<String, Object> row : rows) {
            for (String column : pathColumns) {
                if (row.get(column) instanceof List<?> path) {
                    List<String> chain = path.stream().map(String::valueOf).toList();
                    chains.add(chain);
                    ids.addAll(chain);
                }
            }
        }
        var graph = new Graph();
        if (ids.isEmpty()) {
            return graph;
        }
        for (Map<String, Object> node : traversals.lookup("lookups/nodes", Map.of("ids", List.copyOf(ids)))) {
            graph.node((String) node.get("id"), String.valueOf(node.get("label")), (String) node.get("caption"));
        }
        for (List<String> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                graph.edge(chain.get(i), chain.get(i + 1), "PATH", "");
            }
        }
        return graph;
    }
}
