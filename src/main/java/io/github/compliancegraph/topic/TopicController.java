package io.github.compliancegraph.topic;

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

/** The topic taxonomy and its tagging rules. */
@RestController
class TopicController {

    private final TraversalRunner traversals;

    TopicController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Topics with labels and keywords in English and French, and control counts")
    @AnswersTraversal("topics")
    @GetMapping("/api/topics")
    ResponseEntity<?> topics(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<TopicSummary> result = traversals.run("topics", Rows.withoutFormat(query), TopicSummary.class);
        return Rows.respond(format, result.table(), result);
    }
}
