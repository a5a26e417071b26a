package io.github.compliancegraph.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.github.compliancegraph.mapping.NaturalOrder;
import io.github.compliancegraph.search.FoldedText;
import io.github.compliancegraph.search.Language;
import io.github.compliancegraph.topic.TopicTaxonomy;

/**
 * Grows the real graph (bundled documents plus reference catalogs and mapping sets) into a larger
 * one that keeps its shape: clause trees 3 or 4 levels deep, responsibility matrices of about 350
 * statements split between a provider and its customer (85/15, as Outscale's), statements citing
 * one to three clauses of the frameworks their matrix names (so co-citations arise), topics tagged
 * by the app's own keyword rule, and mapping sets linking each new framework to a hub and to a
 * neighbour with the relationship mix of the imported mapping sets. Everything derives from the
 * seed, so a scale always gives the same graph.
 */
final class SyntheticGraph {

    /** Totals the grown graph aims at; the real data counts towards them. */
    record Target(int frameworks, int clauses, int controls, int mapsTo) {
    }

    static final int STATEMENTS_PER_MATRIX = 350;
    private static final int SECTIONS = 21;
    private static final String HUB = "iso27001-2022";
    private static final String[] VERBS = {"assure", "met en œuvre", "documente", "contrôle", "revoit", "protège",
            "maintient", "surveille", "définit", "teste"};
    private static final String[] OBJECTS = {"les clés de chiffrement", "les journaux d'événements", "les sauvegardes des données",
            "les droits d'accès", "les correctifs de sécurité", "les incidents de sécurité", "le plan de continuité",
            "les fournisseurs", "les mots de passe", "la configuration des serveurs", "les locaux techniques",
            "les données personnelles", "la documentation d'exploitation", "les équipements réseau", "les contrats",
            "la sensibilisation du personnel", "les certificats", "les secrets applicatifs", "les habilitations",
            "les environnements de test", "les supports amovibles", "l'inventaire des actifs"};
    private static final String[] COMPLEMENTS = {"selon la politique de sécurité", "chaque année",
            "pour l'ensemble des services", "dans les zones de disponibilité", "avant toute mise en production",
            "conformément au contrat", "sur demande du client", "de manière continue"};

    private final BatchWriter writer;
    private final TopicTaxonomy topics;
    private final long seed;

    SyntheticGraph(BatchWriter writer, TopicTaxonomy topics, long seed) {
        this.writer = writer;
        this.topics = topics;
        this.seed = seed;
    }

    /** Adds frameworks, clauses, matrices and mapping sets until the graph reaches about {@code target}. */
    void grow(Target target, Map<String, Object> shape) {
        Map<String, List<String>> catalogs = new LinkedHashMap<>();
        writer.read("benchmark/catalog-clauses").forEach(r -> catalogs.put((String) r.get("framework"), uids(r.get("clauses"))));
        List<String> real = List.copyOf(catalogs.keySet());
        int newFrameworks = Math.max(2, target.frameworks() - count(shape, "frameworks"));
        List<String> synthetic = frameworks(newFrameworks, Math.max(newFrameworks * 10, target.clauses() - count(shape, "clauses")), catalogs);
        int matrices = Math.max(1, (target.controls() - count(shape, "controls")) / STATEMENTS_PER_MATRIX);
        matrices(matrices, synthetic, real, catalogs);
        writer.run("import/co-citations-recompute");
        long existing = ((Number) writer.read("benchmark/graph-shape").get(0).get("mapsTo")).longValue();
        mappingSets(Math.max(0, target.mapsTo() - existing), synthetic, real, catalogs);
        // as every import transaction ends: the co-citations and mapping sets read from both ends
        writer.run("import/clause-mappings-read-both-ways");
    }

    @SuppressWarnings("unchecked")
    private static List<String> uids(Object list) {
        return (List<String>) list;
    }

    private static int count(Map<String, Object> shape, String key) {
        return ((Number) shape.get(key)).intValue();
    }

    /** New frameworks whose clause trees share {@code clauses} between them; their assessable leaves go to {@code catalogs}. */
    private List<String> frameworks(int count, int clauses, Map<String, List<String>> catalogs) {
        var frameworks = new ArrayList<Map<String, Object>>();
        List<List<Map<String, Object>>> levels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        var ids = new ArrayList<String>();
        for (int f = 1; f <= count; f++) {
            String id = String.format("synthetic-%02d", f);
            ids.add(id);
            frameworks.add(Map.of("id", id, "name", "Synthetic framework " + f, "version", "1",
                    "publisher", "benchmark generator", "description", "generated for the benchmark, seed " + seed));
            catalogs.put(id, tree(id, f % 2 == 0 ? 4 : 3, clauses / count, levels));
        }
        writer.write("benchmark/frameworks-create", "frameworks", frameworks);
        // each level gets its chapters as the importers give them, once it is linked to the level above
        levels.forEach(level -> {
            writer.write("benchmark/clauses-create", "clauses", level);
            writer.write("import/clause-chapters-set", "clauses", level);
        });
        return ids;
    }

    /**
     * One framework's tree: chapters, sections, requirements and, four levels deep, lettered items,
     * with branching chosen so the tree holds about {@code budget} clauses. Returns its leaves.
     */
    private static List<String> tree(String framework, int depth, int budget, List<List<Map<String, Object>>> levels) {
        int chapters = 14;
        int sections = 6;
        int perSection = depth == 3 ? Math.max(1, (budget - chapters - chapters * sections) / (chapters * sections)) : 4;
        int items = depth == 4 ? Math.max(1, (budget - chapters * (1 + sections + sections * perSection)) / (chapters * sections * perSection)) : 0;
        var leaves = new ArrayList<String>();
        int order = 0;
        for (int c = 1; c <= chapters; c++) {
            String chapter = clause(levels.get(0), framework, String.valueOf(c), null, false, order++);
            for (int s = 1; s <= sections; s++) {
                String section = clause(levels.get(1), framework, c + "." + s, chapter, false, order++);
                for (int r = 1; r <= perSection; r++) {
                    String ref = c + "." + s + "." + r;
                    String requirement = clause(levels.get(2), framework, ref, section, items == 0, order++);
                    if (items == 0) {
                        leaves.add(requirement);
                    }
                    for (int i = 0; i < items; i++) {
                        leaves.add(clause(levels.get(3), framework, ref + "." + (char) ('a' + i % 26) + (i < 26 ? "" : i / 26),
                                requirement, true, order++));
                    }
                }
            }
        }
        return leaves;
    }

    private static String clause(List<Map<String, Object>> level, String framework, String ref, String parent, boolean assessable, int order) {
        String uid = framework + ":" + ref;
        var row = new HashMap<String, Object>();
        row.put("uid", uid);
        row.put("framework", framework);
        row.put("ref", ref);
        row.put("sortKey", NaturalOrder.key(ref));
        row.put("title", "Exigence " + ref);
        row.putAll(FoldedText.ofClause(ref, "Exigence " + ref, null, Language.FRENCH));
        row.put("assessable", assessable);
        row.put("order", order);
        row.put("parent", parent);
        level.add(row);
        return uid;
    }

    /**
     * Responsibility matrices: each names two new frameworks and one of the imported ones; a
     * statement cites clauses near the same place in each framework's order (as a matrix section
     * follows a framework's chapters), which is what makes co-citations cluster as in the real matrix.
     */
    private void matrices(int count, List<String> synthetic, List<String> real, Map<String, List<String>> catalogs) {
        var sources = new ArrayList<Map<String, Object>>();
        var controls = new ArrayList<Map<String, Object>>();
        var citations = new ArrayList<Map<String, Object>>();
        var frameworkCitations = new ArrayList<Map<String, Object>>();
        var tags = new ArrayList<Map<String, Object>>();
        for (int m = 1; m <= count; m++) {
            var random = new SplittableRandom(seed * 1_000_003 + m);
            String source = String.format("synthetic-matrix-%03d", m);
            String provider = String.format("synthetic-provider-%03d", m);
            String customer = String.format("synthetic-customer-%03d", m);
            sources.add(Map.of("id", source, "title", "Matrice synthétique " + m, "publisher", "benchmark generator",
                    "parties", List.of(Map.of("id", provider, "name", "Provider " + m, "role", "provider"),
                            Map.of("id", customer, "name", "Customer of provider " + m, "role", "customer"))));
            List<String> named = List.of(synthetic.get(m % synthetic.size()), synthetic.get((m * 7 + 3) % synthetic.size()),
                    real.get(m % real.size()));
            for (int i = 0; i < STATEMENTS_PER_MATRIX; i++) {
                boolean byProvider = random.nextDouble() < 0.85;
                String party = byProvider ? provider : customer;
                int section = 1 + i * SECTIONS / STATEMENTS_PER_MATRIX;
                String uid = source + ":" + section + ":" + party + ":" + i;
                String text = (byProvider ? "Le fournisseur " : "Le client ") + pick(random, VERBS) + " " + pick(random, OBJECTS)
                        + " " + pick(random, COMPLEMENTS) + ".";
                double draw = random.nextDouble();
                int cited = draw < 0.05 ? 0 : draw < 0.60 ? 1 : draw < 0.90 ? 2 : 3;
                var cell = new StringBuilder();
                double place = Math.min(0.999, Math.max(0, (section - 1 + random.nextDouble()) / SECTIONS + random.nextGaussian() * 0.02));
                for (int k = 0; k < cited; k++) {
                    List<String> clauses = catalogs.get(named.get(k));
                    String clause = clauses.get((int) (place * clauses.size()));
                    cell.append(cell.isEmpty() ? "" : " ").append(clause);
                    citations.add(mapping(uid, "clause", clause, clause));
                }
                if (cited == 0) {
                    cell.append(named.get(0));
                    frameworkCitations.add(mapping(uid, "framework", named.get(0), named.get(0)));
                }
                var control = new HashMap<String, Object>(Map.of("uid", uid, "source", source, "party", party, "section", String.valueOf(section),
                        "sectionTitle", "Section " + section, "text", text, "line", i + 1, "ordinal", i, "referenceCell", cell.toString()));
                control.putAll(FoldedText.ofControl(text, "Section " + section));
                controls.add(control);
                topics.tag(text).forEach(t -> tags.add(Map.of("control", uid, "topic", t.topic(), "keyword", t.keyword())));
            }
        }
        writer.write("benchmark/sources-create", "sources", sources);
        writer.write("benchmark/controls-create", "controls", controls);
        writer.write("import/control-clause-mappings-create", "mappings", citations);
        writer.write("benchmark/framework-mappings-create", "mappings", frameworkCitations);
        writer.write("import/control-topics-create", "tags", tags);
    }

    private static Map<String, Object> mapping(String control, String targetKey, String target, String asWritten) {
        var row = new HashMap<String, Object>();
        row.put("control", control);
        row.put(targetKey, target);
        row.put("asWritten", asWritten);
        row.put("resolution", "exact");
        row.put("qualifier", null);
        return row;
    }

    /**
     * {@code edges} clause-to-clause mappings: each new framework is mapped to the hub (ISO/IEC
     * 27001:2022, as the imported mapping sets are) and to the next new framework; a clause maps to
     * clauses near the same place in the other's order, with the imported sets' relationship mix.
     */
    private void mappingSets(long edges, List<String> synthetic, List<String> real, Map<String, List<String>> catalogs) {
        List<Map<String, Object>> mix = writer.read("benchmark/relationship-mix");
        long total = mix.stream().mapToLong(r -> ((Number) r.get("edges")).longValue()).sum();
        String hub = real.contains(HUB) ? HUB : real.get(0);
        int sets = synthetic.size() * 2;
        for (int s = 0; s < sets; s++) {
            var random = new SplittableRandom(seed * 7_919 + s);
            String from = synthetic.get(s / 2);
            String to = s % 2 == 0 ? hub : synthetic.get((s / 2 + 1) % synthetic.size());
            List<String> a = catalogs.get(from);
            List<String> b = catalogs.get(to);
            var rows = new ArrayList<Map<String, Object>>();
            for (long e = 0; e < edges / sets; e++) {
                int i = random.nextInt(a.size());
                int j = (int) Math.min(b.size() - 1, Math.max(0, (double) i / a.size() * b.size() + random.nextGaussian() * b.size() * 0.01));
                Map<String, Object> kind = weighted(random, mix, total);
                var row = new HashMap<String, Object>();
                row.put("from", a.get(i));
                row.put("to", b.get(j));
                row.put("relationship", kind.get("relationship"));
                row.put("rationale", kind.get("rationale"));
                row.put("strength", null);
                rows.add(row);
            }
            writer.write("benchmark/clause-mappings-create", "mappings", rows, Map.of("source", "synthetic-mapping-" + from + "-to-" + to));
        }
    }

    private static Map<String, Object> weighted(SplittableRandom random, List<Map<String, Object>> mix, long total) {
        long draw = random.nextLong(total);
        for (Map<String, Object> kind : mix) {
            draw -= ((Number) kind.get("edges")).longValue();
            if (draw < 0) {
                return kind;
            }
        }
        return mix.get(mix.size() - 1);
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
