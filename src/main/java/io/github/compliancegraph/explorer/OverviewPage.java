package io.github.compliancegraph.explorer;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.coverage.Coverage;
import io.github.compliancegraph.coverage.CoverageSummary;
import io.github.compliancegraph.imports.ImportReports;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.QueryTimeouts;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every framework with its coverage split, and the imported documents with their reports. */
@Controller
class OverviewPage {

    private final TraversalRunner traversals;
    private final Coverage coverage;
    private final ImportReports reports;

    OverviewPage(TraversalRunner traversals, Coverage coverage, ImportReports reports) {
        this.traversals = traversals;
        this.coverage = coverage;
        this.reports = reports;
    }

    /**
     * A framework row of the frameworks traversal, with its coverage (no clauses when no catalog is
     * imported; null when computing it ran past the query timeout).
     */
    record FrameworkCoverage(Map<String, Object> framework, CoverageSummary coverage) {
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String overview(Model model) {
        List<FrameworkCoverage> frameworks = traversals.run("frameworks", Map.of("limit", "1000")).rows().stream()
                .map(f -> new FrameworkCoverage(f, coverageOf((String) f.get("id"))))
                .toList();
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("statuses", CoverageSummary.STATUSES);
        model.addAttribute("reports", reports.latest(null));
        return "explorer/overview";
    }

    /** One slow framework must not keep the others from the page: its row says so instead. */
    private CoverageSummary coverageOf(String framework) {
        try {
            return coverage.of(framework, Map.of()).overall();
        } catch (ClientException e) {
            if (QueryTimeouts.timedOut(e)) {
                return null;
            }
            throw e;
        }
    }
}
