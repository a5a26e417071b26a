package io.github.compliancegraph.api;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.Rows;
import io.github.compliancegraph.web.TraversalName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The named traversals in {@code cypher/traversals}, listed and run. */
@RestController
@RequestMapping("/api/traversals")
class TraversalController {

    private final TraversalCatalog catalog;
    private final TraversalRunner runner;

    TraversalController(TraversalCatalog catalog, TraversalRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @Operation(summary = "Every named traversal, with its purpose, parameters and Cypher")
    @GetMapping
    List<Traversal> list() {
        return catalog.all();
    }

    @Operation(summary = "Run a named traversal; its parameters go in the query string",
            description = "For example /api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management")
    @GetMapping("/{name}")
    ResponseEntity<?> run(@Parameter(description = "the traversal; GET /api/traversals gives each one's purpose and parameters")
            @TraversalName @PathVariable String name,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @RequestParam(required = false) String format) {
        TraversalResult<Map<String, Object>> result = runner.run(name, Rows.withoutFormat(parameters));
        return Rows.respond(format, result.rows(), result);
    }
}
