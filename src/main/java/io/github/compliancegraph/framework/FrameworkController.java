package io.github.compliancegraph.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        TraversalResult result = traversals.run("frameworks", Rows.withoutFormat(query));
        return Rows.respond(format, result.rows(), result);
    }

    @Operation(summary = "One framework: counts, controls by party, related frameworks")
    @AnswersTraversal(value = "framework", setByHandler = "framework")
    @GetMapping("/api/frameworks/{id}")
    Map<String, Object> framework(@PathVariable String id) {
        return traversals.run("framework", Map.of("framework", id)).single();
    }

    @Operation(summary = "A framework's clauses as a tree, with per-clause control counts by party")
    @AnswersTraversal(value = "framework-clauses", setByHandler = "framework")
    @GetMapping("/api/frameworks/{id}/clauses")
    ResponseEntity<?> clauses(@PathVariable String id, @Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        var parameters = new HashMap<>(Rows.withoutFormat(query));
        parameters.put("framework", id);
        TraversalResult result = traversals.run("framework-clauses", parameters);
        return Rows.respond(format, result.rows(), Map.of("framework", id, "clauses", tree(result.rows())));
    }

    @Operation(summary = "One clause, its controls and parties, and co-cited clauses of other frameworks")
    @AnswersTraversal(value = "clause", setByHandler = "clause")
    @GetMapping("/api/clauses/{uid}")
    Map<String, Object> clause(@PathVariable String uid) {
        return traversals.run("clause", Map.of("clause", uid)).single();
    }

    /** Nests rows (uid, parent, ...) under their parents; rows whose parent is not listed are roots. */
    static List<Map<String, Object>> tree(List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> byUid = new LinkedHashMap<>();
        rows.forEach(r -> {
            var node = new LinkedHashMap<>(r);
            node.put("children", new ArrayList<Map<String, Object>>());
            byUid.put(r.get("uid"), node);
        });
        var roots = new ArrayList<Map<String, Object>>();
        byUid.values().forEach(node -> {
            Map<String, Object> parent = byUid.get(node.get("parent"));
            if (parent == null) {
                roots.add(node);
            } else {
                @SuppressWarnings("unchecked")
                var children = (List<Map<String, Object>>) parent.get("children");
                children.add(node);
            }
        });
        return roots;
    }
}
