package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes and edges in the shape Cytoscape.js takes ({@code {data: {...}}} each), with a page to open per node. */
final class Graph {

    /** A customer's own system: a party, but with a page of its own. */
    static final String SYSTEM = "System";

    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> edges = new LinkedHashMap<>();

    void node(String id, String label, String caption) {
        nodes.computeIfAbsent(id, key -> {
            var data = new LinkedHashMap<String, Object>();
            data.put("id", key);
            data.put("label", label);
            data.put("caption", caption == null ? key : caption);
            String page = page(label, key);
            if (page != null) {
                data.put("href", page);
            }
            return Map.of("data", data);
        });
    }

    void edge(String source, String target, String type, String caption) {
        String id = source + ">" + type + ">" + target;
        edges.putIfAbsent(id, Map.of("data", Map.of("id", id, "source", source, "target", target, "type", type,
                "caption", caption == null ? type : caption)));
    }

    List<Map<String, Object>> elements() {
        var all = new ArrayList<Map<String, Object>>(nodes.values());
        all.addAll(edges.values());
        return all;
    }

    /** The explorer page of a node, for the kinds that have one. */
    static String page(String label, String id) {
        return switch (label) {
            case "Clause" -> "/clauses/" + id;
            case "Framework" -> "/frameworks/" + id;
            case "Party" -> "/parties/" + id;
            case SYSTEM -> "/systems/" + id;
            default -> null;
        };
    }
}
