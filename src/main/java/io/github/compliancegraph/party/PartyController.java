package io.github.compliancegraph.party;

import java.util.HashMap;
import java.util.Map;

import io.github.compliancegraph.control.ListedControl;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parties and what each is responsible for. */
@RestController
@RequestMapping("/api/parties")
class PartyController {

    private final TraversalRunner traversals;

    PartyController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "Every party with its role and control count")
    @AnswersTraversal("parties")
    @GetMapping
    ResponseEntity<?> parties(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<PartySummary> result = traversals.run("parties", Rows.withoutFormat(query), PartySummary.class);
        return Rows.respond(format, result.table(), result);
    }

    @Operation(summary = "The controls a party is responsible for, filterable by framework, topic, section, q")
    @AnswersTraversal(value = "controls", setByHandler = "party")
    @GetMapping("/{id}/responsibilities")
    ResponseEntity<?> responsibilities(@PathVariable String id,
            @Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        var parameters = new HashMap<>(Rows.withoutFormat(query));
        parameters.put("party", id);
        TraversalResult<ListedControl> result = traversals.run("controls", parameters, ListedControl.class);
        return Rows.respond(format, result.table(), result);
    }
}
