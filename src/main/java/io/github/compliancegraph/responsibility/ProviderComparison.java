package io.github.compliancegraph.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.compliancegraph.traversal.TraversalResult;

/**
 * The compare traversal's rows (one per clause and provider) reshaped for charts and tables: one
 * entry per clause with each provider's status, and totals per provider, overall and per chapter.
 */
public record ProviderComparison(String framework, List<String> providers, List<String> statuses,
        Map<String, Map<String, Integer>> totals, List<Chapter> chapters, List<Map<String, Object>> clauses,
        @JsonIgnore TraversalResult source) {

    /** What a provider's documents say nothing of. */
    static final String SILENT = "silent";
    static final List<String> STATUSES = List.of("provider", "shared", "customer", SILENT);
    /** What a row says of its clause, once per clause whatever the number of providers. */
    private static final List<String> CLAUSE_KEYS = List.of("clause", "ref", "label", "title", "chapter", "chapterTitle");

    /** A chapter of the framework (a top-level clause) with its totals per provider. */
    public record Chapter(String chapter, String title, Map<String, Map<String, Integer>> totals) {
    }

    static ProviderComparison of(String framework, List<String> providers, TraversalResult source) {
        List<Map<String, Object>> rows = source.rows();
        Map<String, Map<String, Object>> clauses = new LinkedHashMap<>();
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> totals = emptyTotals(providers);
        for (Map<String, Object> row : rows) {
            String provider = (String) row.get("provider");
            String status = (String) row.get("status");
            Map<String, Object> clause = clauses.computeIfAbsent((String) row.get("clause"), uid -> {
                var entry = new LinkedHashMap<String, Object>();
                for (String key : CLAUSE_KEYS) {
                    entry.put(key, row.get(key));
                }
                entry.put("byProvider", new LinkedHashMap<String, Object>());
                return entry;
            });
            @SuppressWarnings("unchecked")
            var byProvider = (Map<String, Object>) clause.get("byProvider");
            var entry = new LinkedHashMap<String, Object>();
            entry.put("status", status);
            entry.put("providerControls", row.get("providerControls"));
            entry.put("customerControls", row.get("customerControls"));
            byProvider.put(provider, entry);
            totals.get(provider).merge(status, 1, Integer::sum);
            String chapter = String.valueOf(row.get("chapter"));
            chapters.computeIfAbsent(chapter, c -> new Chapter((String) row.get("chapter"), (String) row.get("chapterTitle"),
                    emptyTotals(providers))).totals().get(provider).merge(status, 1, Integer::sum);
        }
        return new ProviderComparison(framework, providers, STATUSES, totals, List.copyOf(chapters.values()),
                List.copyOf(clauses.values()), source);
    }

    /**
     * The clauses this provider's documents never mention (status silent), in order: the list
     * {@code GET /api/completeness} gives, read from this comparison rather than asked again.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> silentFor(String provider) {
        return clauses.stream()
                .filter(c -> SILENT.equals(((Map<String, Map<String, Object>>) c.get("byProvider")).get(provider).get("status")))
                .toList();
    }

    /** One row per clause, one status column per provider: the CSV form. */
    TraversalResult asWideResult() {
        var rows = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> clause : clauses) {
            var row = new LinkedHashMap<String, Object>();
            for (String key : CLAUSE_KEYS) {
                row.put(key, clause.get(key));
            }
            @SuppressWarnings("unchecked")
            var byProvider = (Map<String, Map<String, Object>>) clause.get("byProvider");
            providers.forEach(p -> row.put(p, byProvider.get(p).get("status")));
            rows.add(row);
        }
        return new TraversalResult(source.traversal(), source.parameters(), rows);
    }

    private static Map<String, Map<String, Integer>> emptyTotals(List<String> providers) {
        Map<String, Map<String, Integer>> totals = new LinkedHashMap<>();
        for (String provider : providers) {
            var counts = new LinkedHashMap<String, Integer>();
            STATUSES.forEach(s -> counts.put(s, 0));
            totals.put(provider, counts);
        }
        return totals;
    }
}
