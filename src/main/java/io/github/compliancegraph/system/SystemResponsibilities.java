package io.github.compliancegraph.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.compliancegraph.traversal.TraversalResult;

/**
 * What is still the system's for a framework: who holds each clause along its chain, with totals
 * per holding, overall and per chapter (for charts), as the API and the system page show it.
 *
 * @param holdings the holdings, from what the providers take off the system to what is left to it
 * @param clauses  every assessable clause of the framework, each once
 */
public record SystemResponsibilities(String system, String framework, SystemChain chain, List<String> holdings,
        Map<String, Integer> totals, List<Chapter> chapters, List<HeldClause> clauses, @JsonIgnore TraversalResult<HeldClause> source) {

    /** A chapter of the framework (a top-level clause) with its clauses per holding. */
    public record Chapter(String chapter, String title, Map<String, Integer> totals) {
    }

    static SystemResponsibilities of(SystemChain chain, String framework, TraversalResult<HeldClause> source) {
        List<HeldClause> clauses = source.rows();
        Map<String, Integer> totals = emptyTotals();
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        for (HeldClause clause : clauses) {
            totals.merge(clause.holding(), 1, Integer::sum);
            chapters.computeIfAbsent(String.valueOf(clause.chapter()), c -> new Chapter(clause.chapter(), clause.chapterTitle(),
                    emptyTotals())).totals().merge(clause.holding(), 1, Integer::sum);
        }
        return new SystemResponsibilities(chain.system(), framework, chain, HeldClause.HOLDINGS, totals,
                List.copyOf(chapters.values()), clauses, source);
    }

    /** The clauses the system still has something to do for: left to it, shared, or unclaimed. */
    public List<HeldClause> stillYours() {
        return clauses.stream().filter(HeldClause::stillYours).toList();
    }

    /** One row per clause, the chain in one column: the CSV form. */
    TraversalResult<Map<String, Object>> asFlatResult() {
        var rows = new ArrayList<Map<String, Object>>();
        for (HeldClause c : clauses) {
            var row = new LinkedHashMap<String, Object>();
            row.put("clause", c.clause());
            row.put("ref", c.ref());
            row.put("label", c.label());
            row.put("title", c.title());
            row.put("chapter", c.chapter());
            row.put("chapterTitle", c.chapterTitle());
            row.put("holding", c.holding());
            row.put("holder", c.holder());
            row.put("decision", c.decision());
            row.put("path", c.pathLine());
            rows.add(row);
        }
        return new TraversalResult<>(source.traversal(), source.parameters(), rows);
    }

    private static Map<String, Integer> emptyTotals() {
        var totals = new LinkedHashMap<String, Integer>();
        HeldClause.HOLDINGS.forEach(h -> totals.put(h, 0));
        return totals;
    }
}
