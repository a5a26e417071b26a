package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage totals of a framework, per chapter or overall, always over all its assessable clauses.
 *
 * @param counts      clauses per status (provider, customer, shared, attested, mapped, gap)
 * @param covered     share of clauses not in gap, in percent, one decimal
 * @param attestedBy  clauses each audit attests (party/service/audited framework), whatever their status
 * @param derivedFrom for a framework without a catalog of its own, the framework it derives from,
 *                    whose clauses these totals count; null otherwise
 */
public record CoverageSummary(String chapter, String title, int clauses, Map<String, Integer> counts, double covered,
        Map<String, Integer> attestedBy, String derivedFrom) {

    public static final List<String> STATUSES = List.of("provider", "customer", "shared", "attested", "mapped", "gap");

    public static CoverageSummary of(String chapter, String title, List<ClauseCoverage> clauses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0));
        clauses.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        Map<String, Integer> attestedBy = new TreeMap<>();
        clauses.forEach(c -> c.attestedBy().forEach(a -> attestedBy.merge(a, 1, Integer::sum)));
        double covered = clauses.isEmpty() ? 0 : Math.round(1000.0 * (clauses.size() - counts.get("gap")) / clauses.size()) / 10.0;
        return new CoverageSummary(chapter, title, clauses.size(), counts, covered, attestedBy, null);
    }

    /** These totals, as those of a framework that has no catalog and derives from {@code base}. */
    CoverageSummary through(String base) {
        return new CoverageSummary(chapter, title, clauses, counts, covered, attestedBy, base);
    }

    /** One summary per chapter, in the order the clauses come. */
    static List<CoverageSummary> byChapter(List<ClauseCoverage> clauses) {
        Map<String, List<ClauseCoverage>> chapters = new LinkedHashMap<>();
        clauses.forEach(c -> chapters.computeIfAbsent(c.chapter(), k -> new ArrayList<>()).add(c));
        return chapters.values().stream().map(group -> of(group.get(0).chapter(), group.get(0).chapterTitle(), group)).toList();
    }
}
