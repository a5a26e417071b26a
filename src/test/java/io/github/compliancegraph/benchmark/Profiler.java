package io.github.compliancegraph.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.Traversal;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Runs a traversal under PROFILE and sums up its plan: the evidence for where a slow query spends
 * its time. PROFILE is a prefix keyword, not a value, so it is the one thing added to the file's text.
 */
final class Profiler {

    private final Driver driver;

    Profiler(Driver driver) {
        this.driver = driver;
    }

    BenchmarkResults.Plan profile(String name, Traversal traversal, Map<String, String> given) {
        Map<String, Object> parameters = new HashMap<>();
        traversal.parameters().forEach(p -> parameters.put(p.name(), typed(p.type(), given.getOrDefault(p.name(), p.defaultValue()))));
        ProfiledPlan plan;
        long rows;
        try (var session = driver.session()) {
            var result = session.run("PROFILE " + traversal.cypher(), parameters);
            rows = result.list().size();
            plan = result.consume().profile();
        }
        var operators = new ArrayList<ProfiledPlan>();
        collect(plan, operators);
        long dbHits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
        List<String> costliest = operators.stream().sorted(Comparator.comparingLong(ProfiledPlan::dbHits).reversed()).limit(4)
                .map(o -> String.format("%s (%,d db hits, %,d rows)", o.operatorType().replace("@neo4j", ""), o.dbHits(), o.records()))
                .toList();
        return new BenchmarkResults.Plan(name, dbHits, rows, costliest);
    }

    private static Object typed(String type, String value) {
        return value == null ? null : type.equals("integer") ? Long.valueOf(value) : value;
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }
}
