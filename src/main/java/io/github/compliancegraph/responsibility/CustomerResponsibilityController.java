package io.github.compliancegraph.responsibility;

import java.util.Map;

import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What a provider leaves to its customer for one framework: as JSON or CSV for tools, and as a
 * printable page for the customer's auditor.
 */
@Controller
class CustomerResponsibilityController {

    private final TraversalRunner traversals;

    CustomerResponsibilityController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Everything a provider's documents leave to the customer for a framework, by chapter and topic, "
            + "with the clauses each item serves")
    @AnswersTraversal(value = "customer-responsibilities", setByHandler = {"skip", "limit"})
    @GetMapping("/api/customer-responsibilities")
    @ResponseBody
    ResponseEntity<?> responsibilities(@RequestParam String provider, @RequestParam String framework,
            @RequestParam(required = false) String format) {
        TraversalResult<CustomerStatement> result = run(provider, framework);
        return Rows.respond(format, result.table(), CustomerResponsibilities.of(provider, framework, result.rows()));
    }

    @Operation(summary = "The same list as a printable HTML page")
    @AnswersTraversal(value = "customer-responsibilities", setByHandler = {"skip", "limit"})
    @GetMapping("/customer/responsibilities")
    String page(@RequestParam String provider, @RequestParam String framework, Model model) {
        model.addAttribute("view", CustomerResponsibilities.of(provider, framework, run(provider, framework).rows()));
        return "customer/responsibilities";
    }

    private TraversalResult<CustomerStatement> run(String provider, String framework) {
        traversals.requireListed("provider", provider, "lookups/provider-ids");
        return traversals.run("customer-responsibilities", Map.of("provider", provider, "framework", framework, "limit", "20000"),
                CustomerStatement.class);
    }
}
