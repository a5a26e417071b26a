package io.github.compliancegraph.coverage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.TraversalTimedOutException;
import io.github.compliancegraph.traversal.ComputedTraversal;
import io.github.compliancegraph.traversal.QueryLimits;
import org.springframework.stereotype.Component;

/**
 * For each clause of one framework, its best clauses in another (traversal: crosswalk), answered
 * from the mapping snapshot. From each source clause, two breadth-first searches (over any
 * relation, and over relations whose coverage carries fully in the direction walked) give each
 * reachable clause its shortest distance both ways; a target's score is the better of
 * 1 / (full distance) and 0.5 / (any distance). Each (from, to) pair comes once, with its best path.
 */
@Component
class Crosswalk implements ComputedTraversal<CrosswalkPair> {

    private final MappingGraphs graphs;
    private final Duration timeout;

    Crosswalk(MappingGraphs graphs, QueryLimits limits) {
        this.graphs = graphs;
        this.timeout = limits.queryTimeout();
    }

    @Override
    public Class<CrosswalkPair> rowType() {
        return CrosswalkPair.class;
    }

    @Override
    public List<CrosswalkPair> rows(Map<String, Object> parameters) {
        if (parameters.get("from").equals(parameters.get("to"))) {
            throw new InvalidParameterException("to", "a crosswalk joins two different frameworks; both are " + parameters.get("from"));
        }
        return pairs(graphs.current(), (String) parameters.get("from"), (String) parameters.get("to"),
                ((Long) parameters.get("maxHops")).intValue(), ((Long) parameters.get("perClause")).intValue(),
                System.nanoTime() + timeout.toNanos());
    }

    /** A candidate target of one source clause, with the search whose path it takes. */
    private record Target(int clause, double confidence, int hops, BreadthFirst search) {

        double score() {
            return confidence / hops;
        }
    }

    /** A source's targets: best score first, then by uid (clause numbers follow uids). */
    private static final Comparator<Target> BEST_FIRST = Comparator.comparingDouble(Target::score).reversed()
            .thenComparingInt(Target::clause);

    static List<CrosswalkPair> pairs(MappingGraph graph, String from, String to, int maxHops, int perClause, long deadline) {
        var full = new BreadthFirst(graph, true);
        var any = new BreadthFirst(graph, false);
        var rows = new ArrayList<CrosswalkPair>();
        for (int source : graph.clausesOf(from)) {
            if (System.nanoTime() > deadline) {
                throw new TraversalTimedOutException("crosswalk from " + from + " to " + to);
            }
            full.run(new int[] {source}, maxHops, c -> !from.equals(graph.framework(c)));
            any.run(new int[] {source}, maxHops, c -> !from.equals(graph.framework(c)));
            var targets = new ArrayList<Target>();
            for (int reached : any.reachedClauses()) {
                if (to.equals(graph.framework(reached)) && reached != source) {
                    targets.add(best(reached, full, any));
                }
            }
            targets.stream().sorted(BEST_FIRST).limit(perClause).forEach(t -> rows.add(pair(graph, source, t)));
        }
        return rows;
    }

    /** The full path where it scores at least as well as the shortest one (1 / full hops against 0.5 / hops). */
    private static Target best(int clause, BreadthFirst full, BreadthFirst any) {
        var partial = new Target(clause, 0.5, any.distance(clause), any);
        if (!full.reached(clause)) {
            return partial;
        }
        var whole = new Target(clause, 1.0, full.distance(clause), full);
        return whole.score() >= partial.score() ? whole : partial;
    }

    private static CrosswalkPair pair(MappingGraph graph, int source, Target target) {
        List<Integer> path = new ArrayList<>(target.search().pathBack(target.clause()));
        Collections.reverse(path);
        return new CrosswalkPair(graph.uid(source), chapterRef(graph, source), graph.uid(target.clause()),
                chapterRef(graph, target.clause()), target.hops(), target.confidence(), target.score(), graph.uids(path),
                graph.via(path), graph.sources(path));
    }

    private static String chapterRef(MappingGraph graph, int clause) {
        int chapter = graph.chapter(clause);
        return chapter < 0 ? null : graph.ref(chapter);
    }
}
