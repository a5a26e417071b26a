package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What coverage and crosswalks walk, held in memory for one version of the graph: every clause
 * (framework, parents, chapter, natural order), the mapping relations between clauses, and the
 * statements citing each clause with their parties. Mappings between the same two clauses, in
 * either direction and from any source (a mapping set and its reverse set, a co-citation), are one
 * relation: it is walked once and keeps each mapping as evidence. Immutable, so requests share it.
 *
 * <p>Clauses are numbered in the order of their uids, so comparing two numbers compares the uids,
 * and each clause's relations are listed in that order too: the searches break ties by uid
 * without comparing strings.
 */
final class MappingGraph {

    /** What a snapshot was read at; a read that finds another fingerprint reads the graph again. */
    record Fingerprint(long version, long clauses, long mapsTo, long responsibleFor, long partOf) {
    }

    record ClauseRow(String uid, String framework, String ref, String title, boolean assessable, List<String> parents) {
    }

    record MappingRow(String from, String to, String relationship, String source) {
    }

    record CitationRow(String clause, String control, String party, String role) {
    }

    /** A statement citing a clause, and one party it binds. */
    record Citation(String control, String party, String role) {
    }

    /** A mapping as written, kept as evidence of the relation between its two clauses. */
    private record Mapping(int from, String relationship, String source) {
    }

    /** How far up a citation of a parent clause reaches, as the traversals' {@code PART_OF*0..8}. */
    static final int ANCESTOR_DEPTH = 8;
    private static final Set<String> SYMMETRIC = Set.of("equal", "intersects-with");

    private final Fingerprint fingerprint;
    private final String[] uid;
    private final String[] framework;
    private final String[] ref;
    private final String[] title;
    private final boolean[] assessable;
    private final int[][] parents;
    private final int[] chapter;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> byFramework = new HashMap<>();
    private final int[] cited;
    private final Citation[][] citations;
    /** Relations as adjacency lists: the relations of clause i are {@code firstEdge[i]} to {@code firstEdge[i + 1] - 1}. */
    private final int[] firstEdge;
    private final int[] neighbour;
    private final int[] relation;
    private final boolean[] covers;
    private final List<List<Mapping>> evidence = new ArrayList<>();

    MappingGraph(Fingerprint fingerprint, List<ClauseRow> clauses, List<MappingRow> mappings, List<CitationRow> citationRows) {
        this.fingerprint = fingerprint;
        List<ClauseRow> sorted = clauses.stream().sorted(Comparator.comparing(ClauseRow::uid)).toList();
        int n = sorted.size();
        uid = new String[n];
        framework = new String[n];
        ref = new String[n];
        title = new String[n];
        assessable = new boolean[n];
        for (int i = 0; i < n; i++) {
            ClauseRow c = sorted.get(i);
            uid[i] = c.uid();
            framework[i] = c.framework();
            ref[i] = c.ref();
            title[i] = c.title();
            assessable[i] = c.assessable();
            index.put(c.uid(), i);
        }
        parents = new int[n][];
        for (int i = 0; i < n; i++) {
            parents[i] = sorted.get(i).parents().stream().map(index::get).filter(p -> p != null).mapToInt(Integer::intValue).sorted().toArray();
        }
        chapter = new int[n];
        for (int i = 0; i < n; i++) {
            chapter[i] = Arrays.stream(ancestorsOrSelf(i)).filter(a -> parents[a].length == 0).min().orElse(-1);
        }
        String[] sortKey = Arrays.stream(ref).map(NaturalOrder::key).toArray(String[]::new);
        Comparator<Integer> natural = Comparator.comparing((Integer i) -> sortKey[i], Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i);
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(framework[i], f -> new ArrayList<>()).add(i);
        }
        members.forEach((f, list) -> byFramework.put(f, list.stream().sorted(natural).mapToInt(Integer::intValue).toArray()));

        List<List<Citation>> byClause = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byClause.add(new ArrayList<>());
        }
        citationRows.forEach(c -> {
            Integer at = index.get(c.clause());
            if (at != null) {
                byClause.get(at).add(new Citation(c.control(), c.party(), c.role()));
            }
        });
        citations = new Citation[n][];
        for (int i = 0; i < n; i++) {
            citations[i] = byClause.get(i).stream().distinct()
                    .sorted(Comparator.comparing(Citation::control).thenComparing(Citation::party)).toArray(Citation[]::new);
        }
        cited = java.util.stream.IntStream.range(0, n).filter(i -> citations[i].length > 0).toArray();

        // One relation per pair of clauses, whatever the number of mappings between them.
        Map<Long, Integer> relationOfPair = new HashMap<>();
        List<int[]> ends = new ArrayList<>();
        for (MappingRow m : mappings) {
            Integer a = index.get(m.from());
            Integer b = index.get(m.to());
            // no-relationship says the two clauses are unrelated; a mapping to itself joins nothing
            if (a == null || b == null || a.equals(b) || m.relationship() == null || m.relationship().equals("no-relationship")) {
                continue;
            }
            long pair = (long) Math.min(a, b) << 32 | Math.max(a, b);
            int r = relationOfPair.computeIfAbsent(pair, p -> {
                ends.add(new int[] {Math.min(a, b), Math.max(a, b)});
                evidence.add(new ArrayList<>());
                return evidence.size() - 1;
            });
            evidence.get(r).add(new Mapping(a, m.relationship(), m.source()));
        }
        evidence.replaceAll(list -> list.stream().distinct()
                .sorted(Comparator.comparing(Mapping::relationship).thenComparing(Mapping::source).thenComparingInt(Mapping::from)).toList());
        int[] degree = new int[n + 1];
        ends.forEach(e -> {
            degree[e[0]]++;
            degree[e[1]]++;
        });
        firstEdge = new int[n + 1];
        for (int i = 0; i < n; i++) {
            firstEdge[i + 1] = firstEdge[i] + degree[i];
        }
        int edges = firstEdge[n];
        neighbour = new int[edges];
        relation = new int[edges];
        covers = new boolean[edges];
        int[] next = Arrays.copyOf(firstEdge, n);
        // relations in the order of their far ends, so each list is sorted by uid
        Integer[] order = new Integer[ends.size() * 2];
        for (int r = 0; r < ends.size(); r++) {
            order[2 * r] = 2 * r;
            order[2 * r + 1] = 2 * r + 1;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer h) -> ends.get(h / 2)[1 - h % 2]));
        for (int h : order) {
            int r = h / 2;
            int from = ends.get(r)[h % 2];
            int to = ends.get(r)[1 - h % 2];
            int e = next[from]++;
            neighbour[e] = to;
            relation[e] = r;
            covers[e] = evidence.get(r).stream().anyMatch(m -> carriesFully(m, from));
        }
    }

    /**
     * Whether coverage of {@code from} carries fully to the other end of the mapping: the mapping
     * says {@code from} is equal to, or a superset of, the other clause.
     */
    private static boolean carriesFully(Mapping m, int from) {
        String read = readFrom(m, from);
        return read.equals("equal") || read.equals("superset-of");
    }

    /** The relationship of a mapping read from one of its ends: subset-of reads superset-of from the other end. */
    private static String readFrom(Mapping m, int from) {
        if (m.from() == from || SYMMETRIC.contains(m.relationship())) {
            return m.relationship();
        }
        return switch (m.relationship()) {
            case "subset-of" -> "superset-of";
            case "superset-of" -> "subset-of";
            default -> m.relationship();
        };
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    int size() {
        return uid.length;
    }

    /** The clause numbered {@code uid}, or -1. */
    int clause(String uid) {
        return index.getOrDefault(uid, -1);
    }

    String uid(int clause) {
        return uid[clause];
    }

    String framework(int clause) {
        return framework[clause];
    }

    String ref(int clause) {
        return ref[clause];
    }

    String title(int clause) {
        return title[clause];
    }

    boolean assessable(int clause) {
        return assessable[clause];
    }

    /** The top of the clause's tree (a clause with no parent clause), or -1 when none is within reach. */
    int chapter(int clause) {
        return chapter[clause];
    }

    Set<String> frameworks() {
        return byFramework.keySet();
    }

    /** A framework's clauses in natural order (4.2 before 4.10, A.5 after 10), none for an unknown one. */
    int[] clausesOf(String framework) {
        return byFramework.getOrDefault(framework, new int[0]);
    }

    /** Clauses some statement cites directly. */
    int[] cited() {
        return cited;
    }

    Citation[] citations(int clause) {
        return citations[clause];
    }

    /** The clause and its ancestors up to {@value #ANCESTOR_DEPTH} levels up. */
    int[] ancestorsOrSelf(int clause) {
        var found = new TreeSet<Integer>();
        List<Integer> level = List.of(clause);
        found.add(clause);
        for (int depth = 0; depth < ANCESTOR_DEPTH && !level.isEmpty(); depth++) {
            var up = new ArrayList<Integer>();
            for (int c : level) {
                for (int p : parents[c]) {
                    if (found.add(p)) {
                        up.add(p);
                    }
                }
            }
            level = up;
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
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

    /** Whether coverage of the edge's start carries fully to its end (the relation's full direction). */
    boolean covers(int edge) {
        return covers[edge];
    }

    /** The edge from one clause to another, or -1 when no relation joins them. */
    int edge(int from, int to) {
        int at = Arrays.binarySearch(neighbour, firstEdge[from], firstEdge[from + 1], to);
        return at < 0 ? -1 : at;
    }

    /**
     * The mappings behind one hop, read in the direction walked: each relationship with the sources
     * saying it, as {@code subset-of (mapping-a, mapping-b)}, several joined by "; ".
     */
    String describe(int from, int to) {
        Map<String, TreeSet<String>> sources = new TreeMap<>();
        evidence.get(relation[edge(from, to)])
                .forEach(m -> sources.computeIfAbsent(readFrom(m, from), r -> new TreeSet<>()).add(m.source()));
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

    /** A clause's uid for each number of a path. */
    List<String> uids(List<Integer> path) {
        return path.stream().map(i -> uid[i]).toList();
    }

    /** Hop descriptions of a path, one per hop. */
    List<String> via(List<Integer> path) {
        var hops = new ArrayList<String>();
        for (int i = 0; i + 1 < path.size(); i++) {
            hops.add(describe(path.get(i), path.get(i + 1)));
        }
        return hops;
    }

    @Override
    public String toString() {
        var counts = new LinkedHashMap<String, Object>();
        counts.put("clauses", uid.length);
        counts.put("relations", evidence.size());
        counts.put("citedClauses", cited.length);
        return "mapping snapshot " + counts + " at " + fingerprint;
    }
}
