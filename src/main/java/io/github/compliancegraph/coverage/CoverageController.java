package io.github.compliancegraph.coverage;

import java.util.HashMap;
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

/** Coverage and gaps of a framework, and crosswalks between two, all computed live. */
@RestController
class CoverageController {

    private final TraversalRunner traversals;
    private final Coverage coverage;

    CoverageController(TraversalRunner traversals, Coverage coverage) {
        this.traversals = traversals;
        this.coverage = coverage;
    }

    @Operation(summary = "Coverage of every assessable clause, with totals per chapter and overall",
            description = "overall and chapters always count the whole framework; status, skip and limit filter and page the clauses only")
    @AnswersTraversal(value = Coverage.TRAVERSAL, setByHandler = "framework")
    @GetMapping("/api/coverage/{framework}")
    ResponseEntity<?> coverage(@PathVariable String framework,
            @Parameter(hidden = true) @RequestParam Map<String, String> query, @RequestParam(required = false) String format) {
        CoverageReport report = coverage.report(framework, Rows.withoutFormat(query));
        return Rows.respond(format, report.result().table(), report);
    }

    @Operation(summary = "The clauses of a framework nobody covers, directly or through a mapping")
    @AnswersTraversal(value = Coverage.TRAVERSAL, setByHandler = {"framework", "status"})
    @GetMapping("/api/gaps/{framework}")
    ResponseEntity<?> gaps(@PathVariable String framework,
            @Parameter(hidden = true) @RequestParam Map<String, String> query, @RequestParam(required = false) String format) {
        var parameters = new HashMap<>(Rows.withoutFormat(query));
        parameters.put("status", "gap");
        TraversalResult<ClauseCoverage> result = coverage.report(framework, parameters).result();
        return Rows.respond(format, result.table(), result);
    }

    @Operation(summary = "Best clauses of another framework for each clause of one",
            description = "each (from, to) pair once, with its best path, the mappings of each hop and their sources")
    @AnswersTraversal("crosswalk")
    @GetMapping("/api/crosswalk")
    ResponseEntity<?> crosswalk(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<CrosswalkPair> result = traversals.run("crosswalk", Rows.withoutFormat(query), CrosswalkPair.class);
        return Rows.respond(format, result.table(), result);
    }
}
