package io.github.compliancegraph.control;

import java.util.Map;

import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Controls, filtered (the search is {@code search.SearchController}). */
@RestController
class ControlController {

    private final TraversalRunner traversals;

    ControlController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Controls filtered by party, framework, topic, section and words")
    @AnswersTraversal("controls")
    @GetMapping("/api/controls")
    ResponseEntity<?> controls(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<ListedControl> result = traversals.run("controls", Rows.withoutFormat(query), ListedControl.class);
        return Rows.respond(format, result.table(), result);
    }
}
