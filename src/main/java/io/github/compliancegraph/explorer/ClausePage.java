package io.github.compliancegraph.explorer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.compliancegraph.framework.ClauseDetail;
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
        ClauseDetail clause = traversals.run("clause", Map.of("clause", uid), ClauseDetail.class).single();
        List<NeighbourhoodEdge> edges = traversals.run("neighbourhood", Map.of("clause", uid), NeighbourhoodEdge.class).rows();
        var graph = new Graph();
        for (NeighbourhoodEdge edge : edges) {
            graph.node(edge.source(), edge.sourceLabel(), edge.sourceCaption());
            graph.node(edge.target(), edge.targetLabel(), edge.targetCaption());
            graph.edge(edge.source(), edge.target(), edge.type(), edge.relationship());
        }
        var named = Stream.concat(clause.children().stream(), Stream.ofNullable(clause.parent())).toList();
        model.addAttribute("clause", clause);
        model.addAttribute("names", clauseNames.of(named));
        model.addAttribute("graph", graph.elements());
        model.addAttribute("edges", edges);
        return "explorer/clause";
    }
}
