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

    /** A traversal, given its parameters as a URL carries them (defaults filled in from its header). */
    BenchmarkResults.Plan profile(String name, Traversal traversal, Map<String, String> given) {
        Map<String, Object> parameters = new HashMap<>();
        traversal.parameters().forEach(p -> parameters.put(p.name(), typed(p.type(), given.getOrDefault(p.name(), p.defaultValue()))));
        return profile(name, traversal.cypher(), parameters);
    }

    /** Any statement; it really runs, so a write statement writes. */
    BenchmarkResults.Plan profile(String name, String statement, Map<String, Object> parameters) {
        ProfiledPlan plan;
        long rows;
        long started = System.nanoTime();
        try (var session = driver.session()) {
            var result = session.run("PROFILE " + statement, parameters);
            rows = result.list().size();
            plan = result.consume().profile();
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return new BenchmarkResults.Plan(name, (System.nanoTime() - started) / 1e6, -1, -1, List.of("stopped: " + why));
        }
        double ms = (System.nanoTime() - started) / 1e6;
        var operators = new ArrayList<ProfiledPlan>();
        collect(plan, operators);
        long dbHits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
        List<String> costliest = operators.stream().sorted(Comparator.comparingLong(ProfiledPlan::dbHits).reversed()).limit(4)
                .map(o -> String.format("%s (%,d db hits, %,d rows)", o.operatorType().replace("@neo4j", ""), o.dbHits(), o.records()))
                .toList();
        return new BenchmarkResults.Plan(name, ms, dbHits, rows, costliest);
    }

    private static Object typed(String type, String value) {
        return value == null ? null : type.equals("integer") ? Long.valueOf(value) : value;
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }
}
