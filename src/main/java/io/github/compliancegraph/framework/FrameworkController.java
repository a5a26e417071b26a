package io.github.compliancegraph.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Frameworks and their clauses, each answer from a named traversal. */
@RestController
class FrameworkController {

    private final TraversalRunner traversals;

    FrameworkController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Every framework with clause and control counts")
    @AnswersTraversal("frameworks")
    @GetMapping("/api/frameworks")
    ResponseEntity<?> frameworks(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<FrameworkSummary> result = traversals.run("frameworks", Rows.withoutFormat(query), FrameworkSummary.class);
        return Rows.respond(format, result.table(), result);
    }

    @Operation(summary = "One framework: counts, controls by party, related frameworks")
    @AnswersTraversal(value = "framework", setByHandler = "framework")
    @GetMapping("/api/frameworks/{id}")
    FrameworkDetail framework(@PathVariable String id) {
        return traversals.run("framework", Map.of("framework", id), FrameworkDetail.class).single();
    }

    @Operation(summary = "A framework's clauses as a tree, with per-clause control counts by party")
    @AnswersTraversal(value = "framework-clauses", setByHandler = "framework")
    @GetMapping("/api/frameworks/{id}/clauses")
    ResponseEntity<?> clauses(@PathVariable String id, @Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        var parameters = new HashMap<>(Rows.withoutFormat(query));
        parameters.put("framework", id);
        TraversalResult<FrameworkClause> result = traversals.run("framework-clauses", parameters, FrameworkClause.class);
        return Rows.respond(format, result.table(), Map.of("framework", id, "clauses", tree(result.rows())));
    }

    @Operation(summary = "One clause, its controls and parties, and co-cited clauses of other frameworks")
    @AnswersTraversal(value = "clause", setByHandler = "clause")
    @GetMapping("/api/clauses/{uid}")
    ClauseDetail clause(@PathVariable String uid) {
        return traversals.run("clause", Map.of("clause", uid), ClauseDetail.class).single();
    }

    /** A clause of the tree: its row's columns, then the clauses under it. */
    record ClauseNode(@JsonUnwrapped FrameworkClause clause, List<ClauseNode> children) {
    }

    /** Nests rows under their parents; rows whose parent is not listed are roots. */
    static List<ClauseNode> tree(List<FrameworkClause> rows) {
        Map<String, ClauseNode> byUid = new LinkedHashMap<>();
        rows.forEach(r -> byUid.put(r.uid(), new ClauseNode(r, new ArrayList<>())));
        var roots = new ArrayList<ClauseNode>();
        byUid.values().forEach(node -> {
            ClauseNode parent = byUid.get(node.clause().parent());
            (parent == null ? roots : parent.children()).add(node);
        });
        return roots;
    }
}
