package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The relations between clauses, numbered as in their {@link MappingGraph}: one per pair of clauses
 * joined by at least one mapping, whatever the number of mappings, their directions and sources.
 * Held as adjacency lists (each clause's relations from {@code firstEdge(c)} to {@code endEdge(c)},
 * sorted by the far clause), each edge knowing whether coverage carries fully across it in its
 * direction, and each relation keeping its mappings as evidence. Mappings come read from both ends as
 * the importers wrote them (cypher/import/clause-mappings-read-both-ways.cypher): nothing here decides
 * what a relationship means.
 */
final class Relations {

    /**
     * A mapping read from one of its ends: the relationship of that end to the other, and how far
     * coverage of that end carries to the other (1.0 fully, 0.5 partly, null not at all).
     */
    record Reading(String relationship, Double confidence) {

        boolean full() {
            return confidence != null && confidence == 1.0;
        }
    }

    /** A mapping as written, between two numbered clauses, read from its start and from its end. */
    record Mapping(int from, int to, Reading fromStart, Reading fromEnd, String source) {

        Reading readFrom(int end) {
            return end == from ? fromStart : fromEnd;
        }

        /** Whether coverage carries across it at all (no-relationship carries nothing). */
        boolean carries() {
            return fromStart.confidence() != null;
        }
    }

    private static final Comparator<Mapping> BY_RELATIONSHIP = Comparator.comparing((Mapping m) -> m.fromStart().relationship())
            .thenComparing(Mapping::source).thenComparingInt(Mapping::from);

    private final int[] firstEdge;
    private final int[] neighbour;
    private final int[] relation;
    private final boolean[] covers;
    private final List<List<Mapping>> evidence = new ArrayList<>();

    /** @param mappings every mapping between clauses; those carrying nothing and those joining a clause to itself are left out */
    Relations(int clauses, List<Mapping> mappings) {
        Map<Long, Integer> relationOfPair = new HashMap<>();
        List<int[]> ends = new ArrayList<>();
        for (Mapping m : mappings) {
            if (m.from() == m.to() || !m.carries()) {
                continue;
            }
            int low = Math.min(m.from(), m.to());
            int high = Math.max(m.from(), m.to());
            int r = relationOfPair.computeIfAbsent((long) low << 32 | high, pair -> {
                ends.add(new int[] {low, high});
                evidence.add(new ArrayList<>());
                return evidence.size() - 1;
            });
            evidence.get(r).add(m);
        }
        evidence.replaceAll(list -> list.size() == 1 ? list : list.stream().distinct().sorted(BY_RELATIONSHIP).toList());

        firstEdge = new int[clauses + 1];
        ends.forEach(e -> {
            firstEdge[e[0] + 1]++;
            firstEdge[e[1] + 1]++;
        });
        Arrays.parallelPrefix(firstEdge, Integer::sum);
        neighbour = new int[firstEdge[clauses]];
        relation = new int[neighbour.length];
        covers = new boolean[neighbour.length];
        int[] next = Arrays.copyOf(firstEdge, clauses);
        // each relation is two edges, one from each end; taken in the order of their far ends, so each list comes sorted
        long[] halves = new long[ends.size() * 2];
        for (int h = 0; h < halves.length; h++) {
            halves[h] = (long) ends.get(h / 2)[1 - h % 2] << 32 | h;
        }
        Arrays.sort(halves);
        for (long half : halves) {
            int h = (int) half;
            int r = h / 2;
            int from = ends.get(r)[h % 2];
            int e = next[from]++;
            neighbour[e] = ends.get(r)[1 - h % 2];
            relation[e] = r;
            for (Mapping m : evidence.get(r)) {
                covers[e] |= m.readFrom(from).full();
            }
        }
    }

    int firstEdge(int clause) {
        return firstEdge[clause];
    }

    int endEdge(int clause) {
        return firstEdge[clause + 1];
    }

    int neighbour(int edge) {
        return neighbour[edge];
    }

    /** Whether coverage of the edge's start carries fully to its end. */
    boolean covers(int edge) {
        return covers[edge];
    }

    /** The edge from one clause to another, or -1 when no relation joins them. */
    int edge(int from, int to) {
        int at = Arrays.binarySearch(neighbour, firstEdge[from], firstEdge[from + 1], to);
        return at < 0 ? -1 : at;
    }

    int count() {
        return evidence.size();
    }

    /**
     * The mappings behind one hop, read in the direction walked: each relationship with the sources
     * saying it, as {@code subset-of (mapping-a, mapping-b)}, several joined by "; ".
     */
    String describe(int from, int to) {
        Map<String, TreeSet<String>> sources = new TreeMap<>();
        evidence.get(relation[edge(from, to)]).forEach(m -> sources.computeIfAbsent(m.readFrom(from).relationship(), r -> new TreeSet<>())
                .add(m.source()));
        return sources.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /** Every source of the mappings along a path, once each, sorted. */
    List<String> sources(List<Integer> path) {
        var all = new TreeSet<String>();
        for (int i = 0; i + 1 < path.size(); i++) {
            evidence.get(relation[edge(path.get(i), path.get(i + 1))]).forEach(m -> all.add(m.source()));
        }
        return List.copyOf(all);
    }
}
