package io.github.compliancegraph.coverage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.compliancegraph.traversal.TraversalResult;

/**
 * A framework's coverage for one party or all: totals overall and per chapter over the whole
 * framework, then the clauses asked for. {@code status}, {@code skip} and {@code limit} page the
 * clauses only; {@code matching} says how many clauses the status filter keeps before paging.
 * {@code derivedFrom} is set when the framework is answered through the one it derives from.
 */
public record CoverageReport(String framework, String party, String status, long skip, long limit, int matching,
        DerivedCoverage derivedFrom, CoverageSummary overall, List<CoverageSummary> chapters, List<ClauseCoverage> clauses,
        @JsonIgnore Map<String, Object> parameters) {

    /** The clauses asked for as the coverage traversal's rows (for CSV and the gaps endpoint). */
    public TraversalResult<ClauseCoverage> result() {
        return new TraversalResult<>(Coverage.TRAVERSAL, parameters, clauses);
    }
}
