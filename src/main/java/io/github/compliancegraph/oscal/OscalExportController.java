package io.github.compliancegraph.oscal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compliancegraph.framework.FrameworkDetail;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.Framework;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.SourceDocument;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A provider's shared responsibility for a framework, exported as an OSCAL system security plan. */
@RestController
class OscalExportController {

    private final TraversalRunner traversals;

    OscalExportController(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @Operation(summary = "OSCAL 1.1.3 system security plan (JSON): per clause, export.provided for the provider's statements "
            + "and export.responsibilities for the customer's, linked by provided-uuid")
    @AnswersTraversal(value = "responsibility-statements", setByHandler = {"skip", "limit"})
    @GetMapping("/api/export/oscal-ssp")
    ResponseEntity<ObjectNode> export(@RequestParam String provider, @RequestParam String framework) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + provider + "_" + framework + "_ssp.json\"")
                .body(ssp(provider, framework));
    }

    ObjectNode ssp(String provider, String framework) {
        traversals.requireListed("provider", provider, "lookups/provider-ids");
        FrameworkDetail info = traversals.run("framework", Map.of("framework", framework), FrameworkDetail.class).single();
        List<ResponsibilityStatement> rows = traversals.run("responsibility-statements",
                Map.of("provider", provider, "framework", framework, "limit", "50000"), ResponsibilityStatement.class).rows();
        if (rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the documents of " + provider + " cite no clause of "
                    + framework + "; there is nothing to export");
        }
        List<SourceDocument> sources = traversals.lookup("lookups/provider-sources", Map.of("provider", provider)).stream()
                .map(SourceDocument::of).toList();
        return SharedResponsibilitySsp.of(provider, Framework.of(info), sources, rows);
    }
}
