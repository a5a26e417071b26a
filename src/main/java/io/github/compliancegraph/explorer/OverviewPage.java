package io.github.compliancegraph.explorer;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.coverage.Coverage;
import io.github.compliancegraph.coverage.CoverageSummary;
import io.github.compliancegraph.framework.FrameworkSummary;
import io.github.compliancegraph.imports.ImportReports;
import io.github.compliancegraph.traversal.TraversalRunner;
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

    /** A framework row of the frameworks traversal, with its coverage (no clauses when no catalog is imported). */
    record FrameworkCoverage(FrameworkSummary framework, CoverageSummary coverage) {
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String overview(Model model) {
        Map<String, CoverageSummary> coverages = coverage.overview();
        CoverageSummary none = CoverageSummary.of(null, null, List.of());
        List<FrameworkCoverage> frameworks = traversals.run("frameworks", Map.of("limit", "1000"), FrameworkSummary.class).rows()
                .stream().map(f -> new FrameworkCoverage(f, coverages.getOrDefault(f.id(), none)))
                .toList();
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("statuses", CoverageSummary.STATUSES);
        model.addAttribute("reports", reports.latest(null));
        return "explorer/overview";
    }
}
