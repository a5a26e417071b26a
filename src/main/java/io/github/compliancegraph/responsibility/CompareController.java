package io.github.compliancegraph.responsibility;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.InvalidParameterException;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers compared clause by clause on one framework. */
@RestController
class CompareController {

    static final int MAX_PROVIDERS = 10;

    private final TraversalRunner traversals;

    CompareController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Per assessable clause of a framework, whom each provider's documents make responsible: "
            + "provider, shared, customer or silent; totals per provider and per chapter (traversal: compare)")
    @GetMapping("/api/compare")
    ResponseEntity<?> compare(@RequestParam String framework, @RequestParam String providers,
            @RequestParam(required = false) String format) {
        List<String> ids = providers(providers);
        TraversalResult result = traversals.run("compare", Map.of("framework", framework, "providers", String.join(",", ids),
                "limit", "20000"));
        ProviderComparison comparison = ProviderComparison.of(framework, ids, result.rows());
        return Rows.respond(format, new TraversalResult(result.traversal(), result.parameters(), comparison.wideRows()), comparison);
    }

    /** The ids asked for, each a provider party, in the order given, without repeats. */
    private List<String> providers(String providers) {
        List<String> ids = Arrays.stream(providers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_PROVIDERS) {
            throw new InvalidParameterException("providers", "give 1 to " + MAX_PROVIDERS + " provider ids, comma-separated");
        }
        ids.forEach(id -> traversals.requireListed("providers", id, "lookups/provider-ids"));
        return ids;
    }
}
