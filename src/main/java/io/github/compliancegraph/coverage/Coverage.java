package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.compliancegraph.coverage.MappingGraph.Attestation;
import io.github.compliancegraph.coverage.MappingGraph.Citation;
import io.github.compliancegraph.coverage.MappingGraph.DerivationRow;
import io.github.compliancegraph.traversal.ComputedTraversal;
import io.github.compliancegraph.traversal.HeavyQueries;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/**
 * Coverage of a framework's assessable clauses (traversal: coverage), answered from the mapping
 * snapshot. Where no statement cites a clause or a clause above it, coverage may still reach it
 * through mappings from a cited clause of another framework: one breadth-first search from all
 * those cited clauses at once finds, for every clause, the nearest one whose coverage carries
 * fully, else the nearest at all, within three hops. Totals always cover the whole framework;
 * only the rows are filtered and paged.
 */
@Component
public class Coverage implements ComputedTraversal<ClauseCoverage> {

    static final String TRAVERSAL = "coverage";
    static final int MAX_HOPS = 3;

    private final TraversalRunner traversals;
    private final MappingGraphs graphs;
    private final HeavyQueries heavy;
    private volatile Overview overview;

    /** Every framework's coverage for all parties, kept for the snapshot it was computed on. */
    private record Overview(MappingGraph graph, Map<String, CoverageSummary> frameworks) {
    }

    Coverage(TraversalRunner traversals, MappingGraphs graphs, HeavyQueries heavy) {
        this.traversals = traversals;
        this.graphs = graphs;
        this.heavy = heavy;
    }

    @Override
    public Class<ClauseCoverage> rowType() {
        return ClauseCoverage.class;
    }

    @Override
    public List<ClauseCoverage> rows(Map<String, Object> parameters) {
        return page(clauses(graphs.current(), parameters), parameters);
    }

    /** @param query further parameters as a URL carries them (party, status, skip, limit) */
    public CoverageReport report(String framework, Map<String, String> query) {
        var given = new HashMap<>(query);
        given.put("framework", framework);
        Map<String, Object> parameters = traversals.parameters(TRAVERSAL, given);
        return heavy.run(TRAVERSAL, () -> {
            MappingGraph graph = graphs.current();
            List<ClauseCoverage> all = clauses(graph, parameters);
            if (all.isEmpty()) {
                traversals.requireKnownIds(TRAVERSAL, parameters);
            }
            List<ClauseCoverage> page = page(all, parameters);
            String status = (String) parameters.get("status");
            int matching = (int) all.stream().filter(c -> status == null || status.equals(c.status())).count();
            return new CoverageReport(framework, (String) parameters.get("party"), status, (Long) parameters.get("skip"),
                    (Long) parameters.get("limit"), matching, DerivedCoverage.of(graph, framework, answering(graph, framework)),
                    CoverageSummary.of(null, null, all), CoverageSummary.byChapter(all), page, parameters);
        });
    }

    /** Every framework's overall coverage, all parties counted: one summary, computed once per version of the graph. */
    public Map<String, CoverageSummary> overview() {
        return heavy.run("overview", () -> {
            MappingGraph graph = graphs.current();
            Overview known = overview;
            if (known == null || known.graph() != graph) {
                var frameworks = new TreeMap<String, CoverageSummary>();
                graph.frameworks().forEach(f -> frameworks.put(f, CoverageSummary.of(null, null, clauses(graph, f, null))));
                graph.derived().forEach(f -> {
                    String base = answering(graph, f);
                    if (!base.equals(f) && frameworks.containsKey(base)) {
                        frameworks.put(f, frameworks.get(base).through(base));
                    }
                });
                known = new Overview(graph, Map.copyOf(frameworks));
                overview = known;
            }
            return known.frameworks();
        });
    }

    private List<ClauseCoverage> clauses(MappingGraph graph, Map<String, Object> parameters) {
        String party = (String) parameters.get("party");
        if (party != null) {
            traversals.requireListed("party", party, "lookups/party-ids");
        }
        return clauses(graph, (String) parameters.get("framework"), party);
    }

    private static List<ClauseCoverage> page(List<ClauseCoverage> all, Map<String, Object> parameters) {
        String status = (String) parameters.get("status");
        return all.stream().filter(c -> status == null || status.equals(c.status()))
                .skip((Long) parameters.get("skip")).limit((Long) parameters.get("limit")).toList();
    }

    /**
     * The framework whose clauses answer for this one: itself, or, for a framework without
     * assessable clauses of its own that derives from another (MARS-E 2.0 from NIST SP 800-53 rev 4),
     * that other one.
     */
    static String answering(MappingGraph graph, String framework) {
        DerivationRow derivation = graph.derivation(framework);
        boolean ownCatalog = Arrays.stream(graph.clausesOf(framework)).anyMatch(graph::assessable);
        return derivation == null || ownCatalog ? framework : derivation.base();
    }

    static List<ClauseCoverage> clauses(MappingGraph graph, String asked, String party) {
        String framework = answering(graph, asked);
        int[] sources = Arrays.stream(graph.cited())
                .filter(c -> !framework.equals(graph.framework(c)) && citedBy(graph.citations(c), party)).toArray();
        BreadthFirst full = new BreadthFirst(graph, true).run(sources, MAX_HOPS, c -> true);
        BreadthFirst any = new BreadthFirst(graph, false).run(sources, MAX_HOPS, c -> true);
        var rows = new ArrayList<ClauseCoverage>();
        for (int clause : graph.clausesOf(framework)) {
            if (graph.assessable(clause)) {
                rows.add(coverage(graph, clause, party, full, any));
            }
        }
        return rows;
    }

    private static boolean citedBy(Citation[] citations, String party) {
        return party == null ? citations.length > 0 : Arrays.stream(citations).anyMatch(c -> c.party().equals(party));
    }

    private static ClauseCoverage coverage(MappingGraph graph, int clause, String party, BreadthFirst full, BreadthFirst any) {
        var controls = new TreeSet<String>();
        var parties = new TreeSet<String>();
        Set<String> roles = new HashSet<>();
        for (int above : graph.ancestorsOrSelf(clause)) {
            for (Citation c : graph.citations(above)) {
                if (party == null || party.equals(c.party())) {
                    controls.add(c.control());
                    parties.add(c.party());
                    roles.add(c.role());
                }
            }
        }
        List<String> attestedBy = Arrays.stream(graph.attestations(clause)).filter(a -> party == null || party.equals(a.party()))
                .map(Attestation::path).toList();
        List<Integer> path = null;
        Double confidence = null;
        boolean unsaid = controls.isEmpty() && attestedBy.isEmpty();
        if (unsaid && full.reached(clause)) {
            path = full.pathBack(clause);
            confidence = 1.0;
        } else if (unsaid && any.reached(clause)) {
            path = any.pathBack(clause);
            confidence = 0.5;
        }
        // a third party the provider outsources to stands on the provider's side
        boolean providerSide = roles.contains("provider") || roles.contains("third-party");
        String status = providerSide && roles.contains("customer") ? "shared"
                : providerSide ? "provider"
                : !controls.isEmpty() ? "customer"
                : !attestedBy.isEmpty() ? "attested"
                : path != null ? "mapped" : "gap";
        int chapter = graph.chapter(clause);
        return new ClauseCoverage(graph.uid(clause), graph.ref(clause), graph.label(clause), graph.title(clause),
                chapter < 0 ? null : graph.ref(chapter), chapter < 0 ? null : graph.title(chapter), status,
                List.copyOf(parties), List.copyOf(controls), attestedBy, path == null ? null : graph.uids(path), confidence,
                path == null ? null : graph.via(path));
    }
}
