package io.github.compliancegraph.responsibility;

import java.util.HashMap;

import io.github.compliancegraph.problem.NoCatalogException;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRows;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's documents checked against a framework taken as the baseline: what they never mention. */
@RestController
class CompletenessController {

    private final TraversalRunner traversals;

    CompletenessController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "The assessable clauses of a framework (the baseline) that a provider's documents never mention, "
            + "the clauses compare marks silent: {provider, framework, assessable, mentioned, neverMentioned, skip, limit, "
            + "clauses: [{clause, ref, label, title, chapter, chapterTitle}]}; the counts are over the whole framework, "
            + "clauses is the page asked for; format=csv gives the clauses. 409 for a framework without a catalog")
    @AnswersTraversal("completeness")
    @GetMapping("/api/completeness")
    ResponseEntity<?> completeness(@RequestParam String provider, @RequestParam String framework,
            @RequestParam(required = false) String skip, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String format) {
        traversals.requireListed("provider", provider, "lookups/provider-ids");
        var given = new HashMap<String, String>();
        given.put("provider", provider);
        given.put("framework", framework);
        given.put("skip", skip);
        given.put("limit", limit);
        TraversalResult<CompletenessRow> result = traversals.run("completeness", given, CompletenessRow.class);
        Completeness completeness = Completeness.of(provider, framework, result);
        if (completeness.assessable() == 0) {
            throw new NoCatalogException(framework);
        }
        return Rows.respond(format, TraversalRows.of(completeness.clauses()), completeness);
    }
}
