package io.github.compliancegraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What coverage and crosswalks walk, held in memory for one version of the graph: every clause
 * (framework, parents, chapter, natural order), the {@link Relations} between clauses, and the
 * statements citing each clause with their parties. Immutable, so requests share it.
 *
 * <p>Clauses are numbered in the order of their uids, so comparing two numbers compares the uids
 * and the searches break ties by uid without comparing strings.
 */
final class MappingGraph {

    /** What a snapshot was read at; a read that finds another fingerprint reads the graph again. */
    record Fingerprint(long version, long clauses, long mapsTo, long responsibleFor, long partOf) {
    }

    /** A clause as cypher/snapshot/clauses.cypher reads it; {@code chapter} is the uid of its chapter, as the importers wrote it. */
    record ClauseRow(String uid, String framework, String ref, String sortKey, String label, String title, String chapter,
            boolean assessable, List<String> parents) {
    }

    /** A mapping as cypher/snapshot/mappings.cypher reads it: from each end, as the importers wrote it. */
    record MappingRow(String from, String to, String relationship, Double forwardConfidence, String reverseRelationship,
            Double reverseConfidence, String source) {
    }

    record CitationRow(String clause, String control, String party, String role) {
    }

    record AttestationRow(String clause, String party, String service, String audit) {
    }

    record DerivationRow(String framework, String base, String source) {
    }

    /** A statement citing a clause, and one party it binds. */
    record Citation(String control, String party, String role) {
    }

    /** An audit of a provider's service that attests a clause: the path party, service, audited framework. */
    record Attestation(String party, String service, String audit) {

        /** As rows carry it: {@code microsoft/azure/fedramp-moderate-r4}. */
        String path() {
            return party + "/" + service + "/" + audit;
        }
    }

    /** What a snapshot is built from. */
    record Rows(List<ClauseRow> clauses, List<MappingRow> mappings, List<CitationRow> citations, List<AttestationRow> attestations,
            List<DerivationRow> derivations) {
    }

    private static final Citation[] NONE = new Citation[0];
    private static final Attestation[] UNATTESTED = new Attestation[0];
    /** How far up a citation of a parent clause reaches, as the traversals' {@code PART_OF*0..8}. */
    static final int ANCESTOR_DEPTH = 8;

    private final Fingerprint fingerprint;
    private final String[] uid;
    private final String[] framework;
    private final String[] ref;
    private final String[] sortKey;
    private final String[] label;
    private final String[] title;
    private final boolean[] assessable;
    private final int[][] ancestorsOrSelf;
    private final int[] chapter;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> byFramework = new HashMap<>();
    private final Citation[][] citations;
    private final int[] cited;
    private final Relations relations;
    private final Attestation[][] attestations;
    private final Map<String, DerivationRow> derivations = new HashMap<>();

    MappingGraph(Fingerprint fingerprint, Rows rows) {
        this.fingerprint = fingerprint;
        List<ClauseRow> sorted = rows.clauses().stream().sorted(Comparator.comparing(ClauseRow::uid)).toList();
        int n = sorted.size();
        uid = new String[n];
        framework = new String[n];
        ref = new String[n];
        sortKey = new String[n];
        label = new String[n];
        title = new String[n];
        assessable = new boolean[n];
        for (int i = 0; i < n; i++) {
            ClauseRow c = sorted.get(i);
            uid[i] = c.uid();
            framework[i] = c.framework();
            ref[i] = c.ref();
            sortKey[i] = c.sortKey();
            label[i] = c.label();
            title[i] = c.title();
            assessable[i] = c.assessable();
            index.put(c.uid(), i);
        }
        int[][] parents = sorted.stream().map(c -> c.parents().stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray())
                .toArray(int[][]::new);
        ancestorsOrSelf = IntStream.range(0, n).mapToObj(i -> climb(parents, i)).toArray(int[][]::new);
        chapter = sorted.stream().mapToInt(c -> index.getOrDefault(c.chapter(), -1)).toArray();
        groupByFramework();
        citations = citationsByClause(rows.citations());
        cited = IntStream.range(0, n).filter(i -> citations[i].length > 0).toArray();
        attestations = attestationsByClause(rows.attestations());
        // a framework deriving from several (none does today) is answered through the first by id
        rows.derivations().forEach(d -> derivations.putIfAbsent(d.framework(), d));
        relations = new Relations(n, rows.mappings().stream().filter(m -> index.containsKey(m.from()) && index.containsKey(m.to()))
                .map(m -> new Relations.Mapping(index.get(m.from()), index.get(m.to()),
                        new Relations.Reading(m.relationship(), m.forwardConfidence()),
                        new Relations.Reading(m.reverseRelationship(), m.reverseConfidence()), m.source())).toList());
    }

    /** The clause and its ancestors up to {@value #ANCESTOR_DEPTH} levels up. */
    private static int[] climb(int[][] parents, int clause) {
        if (parents[clause].length == 0) {
            return new int[] {clause};
        }
        var found = new TreeSet<Integer>(List.of(clause));
        List<Integer> level = List.of(clause);
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

    /** Each framework's clauses in natural order (their sort keys: 4.2 before 4.10), ties by uid. */
    private void groupByFramework() {
        Comparator<Integer> natural = Comparator.comparing((Integer i) -> sortKey[i], Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i);
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < uid.length; i++) {
            members.computeIfAbsent(framework[i], f -> new ArrayList<>()).add(i);
        }
        members.forEach((f, list) -> byFramework.put(f, list.stream().sorted(natural).mapToInt(Integer::intValue).toArray()));
    }

    private Citation[][] citationsByClause(List<CitationRow> rows) {
        List<List<Citation>> byClause = new ArrayList<>();
        for (int i = 0; i < uid.length; i++) {
            byClause.add(new ArrayList<>(0));
        }
        for (CitationRow c : rows) {
            Integer at = index.get(c.clause());
            if (at != null) {
                byClause.get(at).add(new Citation(c.control(), c.party(), c.role()));
            }
        }
        Comparator<Citation> order = Comparator.comparing(Citation::control).thenComparing(Citation::party);
        return byClause.stream().map(list -> list.isEmpty() ? NONE : list.stream().distinct().sorted(order).toArray(Citation[]::new))
                .toArray(Citation[][]::new);
    }

    private Attestation[][] attestationsByClause(List<AttestationRow> rows) {
        Map<Integer, TreeSet<Attestation>> byClause = new HashMap<>();
        Comparator<Attestation> order = Comparator.comparing(Attestation::path);
        for (AttestationRow a : rows) {
            Integer at = index.get(a.clause());
            if (at != null) {
                byClause.computeIfAbsent(at, k -> new TreeSet<>(order)).add(new Attestation(a.party(), a.service(), a.audit()));
            }
        }
        Attestation[][] all = new Attestation[uid.length][];
        Arrays.fill(all, UNATTESTED);
        byClause.forEach((clause, set) -> all[clause] = set.toArray(Attestation[]::new));
        return all;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    int size() {
        return uid.length;
    }

    Relations relations() {
        return relations;
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

    /** What the clause is shown as: its ref, or the label of a clause its catalog gives no ref. */
    String label(int clause) {
        return label[clause];
    }

    String title(int clause) {
        return title[clause];
    }

    boolean assessable(int clause) {
        return assessable[clause];
    }

    /** The clause's chapter, the top of its tree, as the importers wrote it; -1 for none (or one not in the snapshot). */
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

    /** The audits attesting a clause, by path. */
    Attestation[] attestations(int clause) {
        return attestations[clause];
    }

    /** The frameworks that derive from another. */
    Set<String> derived() {
        return derivations.keySet();
    }

    /** The framework this one derives from, when it does (DERIVED_FROM), else null. */
    DerivationRow derivation(String framework) {
        return derivations.get(framework);
    }

    /** The clause and its ancestors up to {@value #ANCESTOR_DEPTH} levels up. */
    int[] ancestorsOrSelf(int clause) {
        return ancestorsOrSelf[clause];
    }

    /** A clause's uid for each number of a path. */
    List<String> uids(List<Integer> path) {
        return path.stream().map(i -> uid[i]).toList();
    }

    /** Hop descriptions of a path, one per hop. */
    List<String> via(List<Integer> path) {
        return IntStream.range(0, path.size() - 1).mapToObj(i -> relations.describe(path.get(i), path.get(i + 1))).toList();
    }

    /** Every source of the mappings along a path, once each, sorted. */
    List<String> sources(List<Integer> path) {
        return relations.sources(path);
    }

    @Override
    public String toString() {
        return "mapping snapshot of " + uid.length + " clauses, " + relations.count() + " relations, " + cited.length
                + " cited clauses at " + fingerprint;
    }
}
