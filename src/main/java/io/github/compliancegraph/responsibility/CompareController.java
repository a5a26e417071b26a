package io.github.compliancegraph.responsibility;

import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers compared clause by clause on one framework. */
@RestController
class CompareController {

    private final ProviderComparisons comparisons;

    CompareController(ProviderComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Operation(summary = "Per assessable clause of a framework, whom each provider's documents make responsible: "
            + "provider, shared, customer or silent; totals per provider and per chapter")
    @AnswersTraversal(value = "compare", setByHandler = {"skip", "limit"})
    @GetMapping("/api/compare")
    ResponseEntity<?> compare(@RequestParam String framework, @RequestParam String providers,
            @RequestParam(required = false) String format) {
        ProviderComparison comparison = comparisons.compare(framework, providers);
        return Rows.respond(format, comparison.asWideResult().rows(), comparison);
    }
}
