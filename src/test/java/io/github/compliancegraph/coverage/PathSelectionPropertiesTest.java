package io.github.compliancegraph.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.compliancegraph.coverage.MappingGraph.CitationRow;
import io.github.compliancegraph.coverage.MappingGraph.ClauseRow;
import io.github.compliancegraph.coverage.MappingGraph.Fingerprint;
import io.github.compliancegraph.coverage.MappingGraph.MappingRow;
import io.github.compliancegraph.mapping.NaturalOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Coverage and crosswalks from breadth-first searches over the snapshot, against a naive
 * enumeration written here the way the traversals used to run: every walk of up to the hop limit
 * that never uses the same mapping twice, over every mapping as written (a set and its reverse
 * are two mappings there), each scored by its weakest link, the best kept. Small random graphs:
 * three frameworks, parents, parallel and reverse mappings, self-loops, every relationship, and
 * statements of three parties.
 */
class PathSelectionPropertiesTest {

    private static final List<String> FRAMEWORKS = List.of("fa", "fb", "fc");
    private static final List<String> RELATIONSHIPS = List.of("equal", "subset-of", "superset-of", "intersects-with", "no-relationship");
    private static final Map<String, String> ROLES = Map.of("p1", "provider", "p2", "customer", "p3", "regulated-entity");

    /** The other columns of a mapping as the importers write them (cypher/import/clause-mappings-read-both-ways.cypher). */
    private record BothWays(Double forwardConfidence, String reverseRelationship, Double reverseConfidence) {
    }

    private static final Map<String, BothWays> READ_BOTH_WAYS = Map.of(
            "equal", new BothWays(1.0, "equal", 1.0),
            "subset-of", new BothWays(0.5, "superset-of", 1.0),
            "superset-of", new BothWays(1.0, "subset-of", 0.5),
            "intersects-with", new BothWays(0.5, "intersects-with", 0.5),
            "no-relationship", new BothWays(null, "no-relationship", null));

    /** A random graph as the snapshot's rows. */
    record Graph(List<ClauseRow> clauses, List<MappingRow> mappings, List<CitationRow> citations) {

        MappingGraph snapshot() {
            return new MappingGraph(new Fingerprint(0, 0, 0, 0, 0), new MappingGraph.Rows(clauses, mappings, citations, List.of(), List.of()));
        }

        String framework(String uid) {
            return uid.substring(0, uid.indexOf(':'));
        }
    }

    @Provide
    Arbitrary<Graph> graphs() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 5);
        return Combinators.combine(sizes, sizes, sizes).flatAs((a, b, c) -> {
            List<String> uids = new ArrayList<>();
            int[] counts = {a, b, c};
            for (int f = 0; f < 3; f++) {
                for (int i = 1; i <= counts[f]; i++) {
                    uids.add(FRAMEWORKS.get(f) + ":" + i);
                }
            }
            Arbitrary<String> clause = Arbitraries.of(uids);
            Arbitrary<MappingRow> mapping = Combinators.combine(clause, clause, Arbitraries.of(RELATIONSHIPS), Arbitraries.of("s1", "s2"))
                    .as(PathSelectionPropertiesTest::mapping);
            Arbitrary<CitationRow> citation = Combinators.combine(clause, Arbitraries.integers().between(1, 4), Arbitraries.of(ROLES.keySet()))
                    .as((cl, control, party) -> new CitationRow(cl, "c" + control, party, ROLES.get(party)));
            Arbitrary<List<ClauseRow>> clauseRows = Arbitraries.integers().between(0, 100).list().ofSize(uids.size()).map(draws -> {
                var rows = new ArrayList<ClauseRow>();
                for (int i = 0; i < uids.size(); i++) {
                    String uid = uids.get(i);
                    int number = Integer.parseInt(uid.substring(uid.indexOf(':') + 1));
                    // a third of the clauses sit under the framework's first clause; a fifth are not assessable
                    List<String> parents = number > 1 && draws.get(i) % 3 == 0 ? List.of(uid.substring(0, uid.indexOf(':')) + ":1") : List.of();
                    String ref = String.valueOf(number);
                    rows.add(new ClauseRow(uid, uid.substring(0, uid.indexOf(':')), ref, NaturalOrder.key(ref), ref,
                            "t" + uid, parents.isEmpty() ? uid : parents.get(0), draws.get(i) % 5 != 0, parents));
                }
                return rows;
            });
            return Combinators.combine(clauseRows, mapping.list().ofMaxSize(14), citation.list().ofMaxSize(5)).as(Graph::new);
        });
    }

    private static MappingRow mapping(String from, String to, String relationship, String source) {
        BothWays read = READ_BOTH_WAYS.get(relationship);
        return new MappingRow(from, to, relationship, read.forwardConfidence(), read.reverseRelationship(), read.reverseConfidence(), source);
    }

    @Property(tries = 400)
    void coverageIsTheBestOfAllWalks(@ForAll("graphs") Graph graph, @ForAll("parties") String party) {
        MappingGraph snapshot = graph.snapshot();
        for (String framework : FRAMEWORKS) {
            String filter = party.isEmpty() ? null : party;
            List<ClauseCoverage> rows = Coverage.clauses(snapshot, framework, filter);
            assertThat(rows).extracting(ClauseCoverage::clause).containsExactlyElementsOf(graph.clauses().stream()
                    .filter(c -> c.framework().equals(framework) && c.assessable()).map(ClauseRow::uid).sorted().toList());
            for (ClauseCoverage row : rows) {
                Set<String> controls = directControls(graph, row.clause(), filter);
                assertThat(row.controls()).as(row.clause()).containsExactlyElementsOf(new TreeSet<>(controls));
                Walk best = controls.isEmpty() ? bestCoveringWalk(graph, row.clause(), filter) : null;
                if (best == null) {
                    assertThat(row.mappingPath()).as(row.clause()).isNull();
                    assertThat(row.status()).as(row.clause()).isEqualTo(directStatus(graph, row.clause(), filter));
                } else {
                    assertThat(row.status()).as(row.clause()).isEqualTo("mapped");
                    assertThat(row.confidence()).as(row.clause()).isEqualTo(best.confidence());
                    assertThat(row.mappingPath()).as(row.clause()).hasSize(best.nodes().size());
                    assertValidWalk(graph, row.mappingPath(), row.confidence() == 1.0, true);
                    String end = row.mappingPath().get(row.mappingPath().size() - 1);
                    assertThat(graph.framework(end)).isNotEqualTo(framework);
                    assertThat(graph.citations()).anyMatch(c -> c.clause().equals(end) && (filter == null || c.party().equals(filter)));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> parties() {
        return Arbitraries.of("", "p1", "p2", "p3");
    }

    @Property(tries = 400)
    void crosswalkKeepsEachPairOnceWithItsBestWalk(@ForAll("graphs") Graph graph, @ForAll @IntRange(min = 1, max = 4) int maxHops,
            @ForAll @IntRange(min = 1, max = 4) int perClause) {
        MappingGraph snapshot = graph.snapshot();
        for (String from : FRAMEWORKS) {
            for (String to : FRAMEWORKS) {
                if (from.equals(to)) {
                    continue;
                }
                List<CrosswalkPair> rows = Crosswalk.pairs(snapshot, from, to, maxHops, perClause, Long.MAX_VALUE);
                var expected = new ArrayList<List<Object>>();
                graph.clauses().stream().filter(c -> c.framework().equals(from)).map(ClauseRow::uid).sorted()
                        .forEach(a -> bestPairs(graph, a, from, to, maxHops, perClause).forEach(w -> expected.add(
                                List.of(a, w.end(), w.nodes().size() - 1, w.confidence(), w.score()))));
                assertThat(rows).extracting(r -> List.<Object>of(r.from(), r.to(), r.hops(), r.confidence(), r.score()))
                        .as("%s -> %s, maxHops %d", from, to, maxHops).containsExactlyElementsOf(expected);
                rows.forEach(r -> {
                    assertValidWalk(graph, r.path(), r.confidence() == 1.0, false);
                    assertThat(r.path().subList(1, r.path().size())).noneMatch(n -> graph.framework(n).equals(from));
                });
            }
        }
    }

    /** A walk over mappings as written: its clauses, the mappings it used, and its weakest link. */
    record Walk(List<String> nodes, List<Integer> used, double confidence) {

        String end() {
            return nodes.get(nodes.size() - 1);
        }

        double score() {
            return confidence / (nodes.size() - 1);
        }
    }

    private static Set<String> directControls(Graph graph, String clause, String party) {
        Set<String> selfAndAbove = new HashSet<>(List.of(clause));
        graph.clauses().stream().filter(c -> c.uid().equals(clause)).forEach(c -> selfAndAbove.addAll(c.parents()));
        return graph.citations().stream().filter(c -> selfAndAbove.contains(c.clause()) && (party == null || c.party().equals(party)))
                .map(CitationRow::control).collect(Collectors.toSet());
    }

    private static String directStatus(Graph graph, String clause, String party) {
        Set<String> controls = directControls(graph, clause, party);
        Set<String> roles = graph.citations().stream().filter(c -> controls.contains(c.control()) && (party == null || c.party().equals(party))
                && (c.clause().equals(clause) || graph.clauses().stream().anyMatch(cl -> cl.uid().equals(clause) && cl.parents().contains(c.clause()))))
                .map(c -> ROLES.get(c.party())).collect(Collectors.toSet());
        return roles.contains("provider") && roles.contains("customer") ? "shared" : roles.contains("provider") ? "provider"
                : controls.isEmpty() ? "gap" : "customer";
    }

    /** Every walk of 1 to {@code maxHops} mappings from {@code start}, no mapping used twice, entering only what {@code enter} allows. */
    private static List<Walk> walks(Graph graph, String start, int maxHops, java.util.function.Predicate<String> enter, boolean coverageFlowsBack) {
        var found = new ArrayList<Walk>();
        extend(graph, new Walk(List.of(start), List.of(), 1.0), maxHops, enter, coverageFlowsBack, found);
        return found;
    }

    private static void extend(Graph graph, Walk walk, int maxHops, java.util.function.Predicate<String> enter, boolean back, List<Walk> found) {
        if (walk.used().size() == maxHops) {
            return;
        }
        String at = walk.end();
        for (int i = 0; i < graph.mappings().size(); i++) {
            MappingRow m = graph.mappings().get(i);
            if (walk.used().contains(i) || m.relationship().equals("no-relationship") || !(m.from().equals(at) || m.to().equals(at))) {
                continue;
            }
            String next = m.from().equals(at) ? m.to() : m.from();
            if (!enter.test(next)) {
                continue;
            }
            // full when coverage carries to the side it must reach: towards the start for coverage, onwards for a crosswalk
            String carrier = back ? next : at;
            boolean full = (m.from().equals(carrier) && Set.of("equal", "superset-of").contains(m.relationship()))
                    || (m.to().equals(carrier) && Set.of("equal", "subset-of").contains(m.relationship()));
            var nodes = new ArrayList<>(walk.nodes());
            nodes.add(next);
            var used = new ArrayList<>(walk.used());
            used.add(i);
            Walk longer = new Walk(nodes, used, full ? walk.confidence() : Math.min(walk.confidence(), 0.5));
            found.add(longer);
            extend(graph, longer, maxHops, enter, back, found);
        }
    }

    private static Walk bestCoveringWalk(Graph graph, String clause, String party) {
        String framework = graph.framework(clause);
        return walks(graph, clause, Coverage.MAX_HOPS, n -> true, true).stream()
                .filter(w -> !graph.framework(w.end()).equals(framework) && graph.citations().stream()
                        .anyMatch(c -> c.clause().equals(w.end()) && (party == null || c.party().equals(party))))
                .min(Comparator.comparingDouble(Walk::confidence).reversed().thenComparingInt(w -> w.nodes().size()))
                .orElse(null);
    }

    private static List<Walk> bestPairs(Graph graph, String a, String from, String to, int maxHops, int perClause) {
        Map<String, Walk> best = new LinkedHashMap<>();
        Comparator<Walk> better = Comparator.comparingDouble(Walk::score).thenComparingDouble(Walk::confidence);
        for (Walk w : walks(graph, a, maxHops, n -> !graph.framework(n).equals(from), false)) {
            if (graph.framework(w.end()).equals(to)) {
                best.merge(w.end(), w, (x, y) -> better.compare(y, x) > 0 ? y : x);
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Walk::score).reversed().thenComparing(Walk::end))
                .limit(perClause).toList();
    }

    /** Consecutive clauses are joined by a mapping; with full confidence, each hop's coverage carries fully. */
    private static void assertValidWalk(Graph graph, List<String> path, boolean full, boolean coverageFlowsBack) {
        assertThat(new HashSet<>(path)).as("a path visits each clause once: %s", path).hasSize(path.size());
        for (int i = 0; i + 1 < path.size(); i++) {
            String x = path.get(i);
            String y = path.get(i + 1);
            String carrier = coverageFlowsBack ? y : x;
            List<MappingRow> between = graph.mappings().stream().filter(m -> !m.relationship().equals("no-relationship")
                    && ((m.from().equals(x) && m.to().equals(y)) || (m.from().equals(y) && m.to().equals(x)))).toList();
            assertThat(between).as("%s to %s", x, y).isNotEmpty();
            if (full) {
                assertThat(between).as("full hop %s to %s", x, y).anyMatch(m ->
                        (m.from().equals(carrier) && Set.of("equal", "superset-of").contains(m.relationship()))
                                || (m.to().equals(carrier) && Set.of("equal", "subset-of").contains(m.relationship())));
            }
        }
    }
}
