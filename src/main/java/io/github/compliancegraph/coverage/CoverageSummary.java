package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage totals, per chapter and overall, from the per-clause rows of the coverage traversal.
 *
 * @param counts  clauses per status (provider, customer, shared, mapped, gap)
 * @param covered share of clauses not in gap, in percent, one decimal
 */
public record CoverageSummary(String chapter, String title, int clauses, Map<String, Integer> counts, double covered) {

    public static final List<String> STATUSES = List.of("provider", "customer", "shared", "mapped", "gap");

    static CoverageSummary of(String chapter, String title, List<Map<String, Object>> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0));
        rows.forEach(r -> counts.merge((String) r.get("status"), 1, Integer::sum));
        double covered = rows.isEmpty() ? 0 : Math.round(1000.0 * (rows.size() - counts.get("gap")) / rows.size()) / 10.0;
        return new CoverageSummary(chapter, title, rows.size(), counts, covered);
    }

    /** One summary per chapter, in the rows' order. */
    static List<CoverageSummary> byChapter(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> chapters = new LinkedHashMap<>();
        rows.forEach(r -> chapters.computeIfAbsent(r.get("chapter"), k -> new ArrayList<>()).add(r));
        return chapters.values().stream()
                .map(group -> of((String) group.get(0).get("chapter"), (String) group.get(0).get("chapterTitle"), group))
                .toList();
    }
}
