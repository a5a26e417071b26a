package io.github.compliancegraph.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRows;

/**
 * The compare traversal's rows (one per clause and provider) reshaped for charts and tables: one
 * entry per clause with each provider's status, and totals per provider, overall and per chapter.
 */
public record ProviderComparison(String framework, List<String> providers, List<String> statuses,
        Map<String, Map<String, Integer>> totals, List<Chapter> chapters, List<Clause> clauses,
        @JsonIgnore TraversalResult<ComparedClause> source) {

    /** What a provider's documents say nothing of. */
    static final String SILENT = "silent";
    static final List<String> STATUSES = List.of("provider", "shared", "customer", SILENT);

    /** A chapter of the framework (a top-level clause) with its totals per provider. */
    public record Chapter(String chapter, String title, Map<String, Map<String, Integer>> totals) {
    }

    /** A clause, once whatever the number of providers, with what each provider's documents make of it. */
    public record Clause(String clause, String ref, String label, String title, String chapter, String chapterTitle,
            Map<String, Stance> byProvider) {
    }

    /** Whom one provider's documents make responsible for a clause, and the statements that say so. */
    public record Stance(String status, List<String> providerControls, List<String> customerControls) {
    }

    static ProviderComparison of(String framework, List<String> providers, TraversalResult<ComparedClause> source) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> totals = emptyTotals(providers);
        for (ComparedClause row : source.rows()) {
            clauses.computeIfAbsent(row.clause(), uid -> new Clause(uid, row.ref(), row.label(), row.title(), row.chapter(),
                    row.chapterTitle(), new LinkedHashMap<>()))
                    .byProvider().put(row.provider(), new Stance(row.status(), row.providerControls(), row.customerControls()));
            totals.get(row.provider()).merge(row.status(), 1, Integer::sum);
            chapters.computeIfAbsent(String.valueOf(row.chapter()), c -> new Chapter(row.chapter(), row.chapterTitle(),
                    emptyTotals(providers))).totals().get(row.provider()).merge(row.status(), 1, Integer::sum);
        }
        return new ProviderComparison(framework, providers, STATUSES, totals, List.copyOf(chapters.values()),
                List.copyOf(clauses.values()), source);
    }

    /**
     * The clauses this provider's documents never mention (status silent), in order: the list
     * {@code GET /api/completeness} gives, read from this comparison rather than asked again.
     */
    public List<Clause> silentFor(String provider) {
        return clauses.stream().filter(c -> SILENT.equals(c.byProvider().get(provider).status())).toList();
    }

    /** One row per clause, its columns but byProvider, then one status column per provider: the CSV form. */
    TraversalResult<Map<String, Object>> asWideResult() {
        List<Map<String, Object>> columns = TraversalRows.of(clauses);
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < clauses.size(); i++) {
            var row = new LinkedHashMap<>(columns.get(i));
            row.remove("byProvider");
            Map<String, Stance> byProvider = clauses.get(i).byProvider();
            providers.forEach(p -> row.put(p, byProvider.get(p).status()));
            rows.add(row);
        }
        return new TraversalResult<>(source.traversal(), source.parameters(), rows);
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
