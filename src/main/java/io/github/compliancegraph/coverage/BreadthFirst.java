package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A breadth-first search over a snapshot's relations, bounded in hops: it visits each clause once,
 * so its cost grows with the clauses it reaches, not with the number of paths to them. Two walks
 * exist: over any relation (partial coverage at best), and over relations whose coverage carries
 * fully in the direction walked (equal, or superset-of read in that direction). Reusable for
 * another search on the same snapshot; not shared between threads.
 */
final class BreadthFirst {

    private static final int UNREACHED = -1;

    private final Relations relations;
    private final boolean fullOnly;
    private final int[] distance;
    private final int[] round;
    private final int[] queue;
    private int current;
    private int reached;

    BreadthFirst(MappingGraph graph, boolean fullOnly) {
        this.relations = graph.relations();
        this.fullOnly = fullOnly;
        this.distance = new int[graph.size()];
        this.round = new int[graph.size()];
        this.queue = new int[graph.size()];
    }

    /**
     * Distances from the nearest start, up to {@code maxHops}, stepping only onto clauses that
     * {@code enter} accepts (the starts themselves are always in).
     */
    BreadthFirst run(int[] starts, int maxHops, IntPredicate enter) {
        current++;
        reached = 0;
        for (int start : starts) {
            if (distance(start) == UNREACHED) {
                mark(start, 0);
            }
        }
        for (int head = 0; head < reached; head++) {
            int from = queue[head];
            int d = distance[from];
            if (d == maxHops) {
                break;
            }
            for (int e = relations.firstEdge(from); e < relations.endEdge(from); e++) {
                int to = relations.neighbour(e);
                if (distance(to) == UNREACHED && step(e) && enter.test(to)) {
                    mark(to, d + 1);
                }
            }
        }
        return this;
    }

    private void mark(int clause, int d) {
        round[clause] = current;
        distance[clause] = d;
        queue[reached++] = clause;
    }

    private boolean step(int edge) {
        return !fullOnly || relations.covers(edge);
    }

    /** Hops from the nearest start, or -1 when out of reach. */
    int distance(int clause) {
        return round[clause] == current ? distance[clause] : UNREACHED;
    }

    boolean reached(int clause) {
        return distance(clause) != UNREACHED;
    }

    /** The clauses reached, nearest first. */
    int[] reachedClauses() {
        return Arrays.copyOf(queue, reached);
    }

    /**
     * The path from a reached clause back to a start, taking at each hop the clause with the
     * smallest uid among those one hop nearer: of all the shortest paths, the first in the order
     * of their uids read from {@code clause}. Coverage of each clause of the path carries to the
     * one before it.
     */
    List<Integer> pathBack(int clause) {
        var path = new ArrayList<Integer>();
        path.add(clause);
        for (int at = clause; distance(at) > 0; ) {
            at = nearerNeighbour(at);
            path.add(at);
        }
        return path;
    }

    private int nearerNeighbour(int clause) {
        int d = distance(clause);
        for (int e = relations.firstEdge(clause); e < relations.endEdge(clause); e++) {
            int before = relations.neighbour(e);
            // a clause one hop nearer was entered (or is a start): it needs no second check
            if (distance(before) == d - 1 && (!fullOnly || relations.covers(relations.edge(before, clause)))) {
                return before;
            }
        }
        throw new IllegalStateException("no clause one hop nearer clause " + clause + ": the search did not reach it");
    }
}
