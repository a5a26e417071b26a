package io.github.compliancegraph.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** Coverage of a framework's assessable clauses, with totals per chapter and overall (traversal: coverage). */
@Component
public class Coverage {

    private final TraversalRunner traversals;

    Coverage(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /**
     * @param query further traversal parameters as a URL carries them (party, status, skip, limit)
     */
    public CoverageReport of(String framework, Map<String, String> query) {
        var parameters = new HashMap<>(query);
        parameters.put("framework", framework);
        TraversalResult result = traversals.run("coverage", parameters);
        List<Map<String, Object>> rows = result.rows();
        return new CoverageReport(framework, query.get("party"), CoverageSummary.of(null, null, rows),
                CoverageSummary.byChapter(rows), result);
    }
}
