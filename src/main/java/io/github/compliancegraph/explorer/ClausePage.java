package io.github.compliancegraph.explorer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One clause: its text, the controls serving it, the clauses linked to it, and its neighbourhood as a graph. */
@Controller
class ClausePage {

    private final TraversalRunner traversals;
    private final ClauseNames clauseNames;

    ClausePage(TraversalRunner traversals, ClauseNames clauseNames) {
        this.traversals = traversals;
        this.clauseNames = clauseNames;
    }

    @GetMapping("/clauses/{uid}")
    String clause(@PathVariable String uid, Model model) {
        Map<String, Object> clause = traversals.run("clause", Map.of("clause", uid)).single();
        List<Map<String, Object>> edges = traversals.run("neighbourhood", Map.of("clause", uid)).rows();
        var graph = new Graph();
        for (Map<String, Object> edge : edges) {
            graph.node((String) edge.get("source"), (String) edge.get("sourceLabel"), (String) edge.get("sourceCaption"));
            graph.node((String) edge.get("target"), (String) edge.get("targetLabel"), (String) edge.get("targetCaption"));
            graph.edge((String) edge.get("source"), (String) edge.get("target"), (String) edge.get("type"),
                    (String) edge.get("relationship"));
        }
        @SuppressWarnings("unchecked")
        var children = (List<String>) clause.get("children");
        var named = Stream.concat(children.stream(), Stream.ofNullable((String) clause.get("parent"))).toList();
        model.addAttribute("clause", clause);
        model.addAttribute("names", clauseNames.of(named));
        model.addAttribute("graph", graph.elements());
        model.addAttribute("edges", edges);
        return "explorer/clause";
    }
}
