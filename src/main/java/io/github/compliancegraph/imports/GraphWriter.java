package io.github.compliancegraph.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.mapping.NaturalOrder;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.neo4j.ConsistentReads;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.neo4j.GraphChanged;
import io.github.compliancegraph.search.FoldedText;
import io.github.compliancegraph.search.Language;
import io.github.compliancegraph.topic.Topic;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what the importers read. Each call is one write transaction: a document replaces its
 * earlier import entirely or, on any failure, not at all.
 */
@Component
public class GraphWriter {

    private static final ObjectMapper PARAMETERS = new ObjectMapper();

    private final Driver driver;
    private final CypherFiles cypher;
    private final ObjectMapper json;
    private final ConsistentReads consistency;
    private final ApplicationEventPublisher events;

    GraphWriter(Driver driver, CypherFiles cypher, ObjectMapper json, ConsistentReads consistency, ApplicationEventPublisher events) {
        this.driver = driver;
        this.consistency = consistency;
        this.cypher = cypher;
        this.json = json;
        this.events = events;
    }

    /** Clause refs per framework of every catalog already in the graph. */
    public Map<String, Set<String>> catalogRefs() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, Set<String>> refs = new HashMap<>();
                tx.run(cypher.get("import/catalog-refs")).forEachRemaining(r ->
                        refs.put(r.get("framework").asString(), Set.copyOf(r.get("refs").asList(v -> v.asString()))));
                return refs;
            });
        }
    }

    /**
     * Frameworks of the registry, the shipped catalogs with their clause trees, and the topic taxonomy;
     * idempotent. A shipped catalog yields to a catalog of the same framework imported from a file (a
     * CISO Assistant library, say), which holds the same clauses and more: it is not written over it.
     */
    public void writeReferenceData(List<FrameworkInfo> frameworks, List<Catalog> catalogs, List<Topic> topics) {
        inOneTransaction(ClauseMappings.NONE, tx -> {
            run(tx, "import/frameworks-merge", Map.of("frameworks", frameworks.stream().map(GraphWriter::parameters).toList()));
            run(tx, "import/topics-merge", Map.of("topics", topics.stream().map(t -> Map.of("id", t.id(),
                    "labelEn", t.label().get("en"), "labelFr", t.label().get("fr"),
                    "keywordsEn", t.keywords().getOrDefault("en", List.of()),
                    "keywordsFr", t.keywords().getOrDefault("fr", List.of()))).toList()));
            Set<String> imported = Set.copyOf(tx.run(cypher.get("import/catalogs-imported")).single()
                    .get("frameworks").asList(v -> v.asString()));
            for (Catalog catalog : catalogs) {
                if (!imported.contains(catalog.framework().id())) {
                    // the shipped catalogs' titles are this project's English paraphrases, whatever the framework
                    writeCatalog(tx, catalog, Language.ENGLISH);
                    run(tx, "import/cited-resolutions-refresh", Map.of("framework", catalog.framework().id()));
                }
            }
            return null;
        });
    }

    /**
     * Replaces everything an earlier import of the same source wrote, and keeps the report.
     *
     * @param catalogs the catalog refs the graph was read against (imports run one at a time)
     */
    public void replaceSource(SourceGraph graph, ImportReport report, Map<String, Set<String>> catalogs) {
        String source = graph.source().id();
        inOneTransaction(ClauseMappings.WRITTEN, tx -> {
            run(tx, "import/source-reset", Map.of("source", source));
            run(tx, "import/source-merge", Map.of("source", parameters(graph.source())));
            run(tx, "import/parties-merge", Map.of("parties", graph.parties().stream().map(GraphWriter::parameters).toList()));
            List<Map<String, Object>> cited = citedClauses(graph.controls(), catalogs);
            run(tx, "import/cited-clauses-merge", Map.of("clauses", cited));
            linkParents(cited).forEach(call -> run(tx, call.name(), call.parameters()));
            run(tx, "import/controls-create", Map.of("source", source, "controls", controlParams(graph.controls())));
            run(tx, "import/control-clause-mappings-create", Map.of("mappings", mappings(graph.controls(), false)));
            run(tx, "import/control-framework-mappings-create", Map.of("mappings", mappings(graph.controls(), true)));
            graph.extras().forEach(call -> run(tx, call.name(), call.parameters()));
            run(tx, "import/clauses-prune-orphans", Map.of());
            run(tx, "import/co-citations-recompute", Map.of());
            keepReport(tx, source, report.startedAt(), report.durationMs(), report);
            return null;
        });
    }

    /**
     * A catalog, its profiles' selections or a mapping set, as one transaction with the Source
     * node of the file it came from and the import's report.
     *
     * @param calls  the statements beyond the catalogs' own (a mapping set's mappings, a profile's
     *               selections), taken as writing clause mappings
     * @param report the report, given the citations of the frameworks that their catalogs do not hold
     *               (control, line, asWritten, clause)
     */
    public ImportReport replaceReferenceData(ImportedSource source, List<Catalog> catalogs, List<CypherCall> calls,
            Function<List<Map<String, Object>>, ImportReport> report) {
        return inOneTransaction(calls.isEmpty() ? ClauseMappings.NONE : ClauseMappings.WRITTEN, tx -> {
            run(tx, "import/source-merge", Map.of("source", parameters(source)));
            var missing = new ArrayList<Map<String, Object>>();
            for (Catalog catalog : catalogs) {
                Map<String, Object> framework = parameters(catalog.framework());
                framework.put("catalogSource", source.id());
                run(tx, "import/frameworks-merge", Map.of("frameworks", List.of(framework)));
                writeCatalog(tx, catalog, Language.ofCatalog(catalog.framework().id()));
                missing.addAll(tx.run(cypher.get("import/cited-resolutions-refresh"),
                        Map.of("framework", catalog.framework().id())).list(r -> r.asMap()));
            }
            calls.forEach(call -> run(tx, call.name(), call.parameters()));
            ImportReport written = report.apply(List.copyOf(missing));
            keepReport(tx, source.id(), written.startedAt(), written.durationMs(), written);
            return written;
        });
    }

    /** Statements that write a declaration (a system and the providers it builds on), as one transaction. */
    public void write(List<CypherCall> calls) {
        inOneTransaction(ClauseMappings.NONE, tx -> {
            calls.forEach(call -> run(tx, call.name(), call.parameters()));
            return null;
        });
    }

    /** Links the clauses of two frameworks that carry the same identifier; returns how many links it made. */
    public long linkIdenticalRefs(String from, String to, int strength) {
        return inOneTransaction(ClauseMappings.WRITTEN, tx -> tx.run(cypher.get("import/identical-refs-link"),
                Map.of("from", from, "to", to, "strength", strength)).single().get("links").asLong());
    }

    /**
     * One write transaction, committed while no read of the API runs ({@link ConsistentReads});
     * closed without a commit, it rolls back. Where it may have written clause mappings, it ends by
     * reading them from both ends (whichever statement wrote them); then it increases the graph's
     * version, which tells the coverage snapshot to read the graph again and keeps it from reading
     * mid-commit.
     */
    private <T> T inOneTransaction(ClauseMappings mappings, Function<QueryRunner, T> work) {
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            T result = work.apply(tx);
            if (mappings == ClauseMappings.WRITTEN) {
                // a look at every clause mapping for unread ones: not for a catalog or a declaration, which write none
                run(tx, "import/clause-mappings-read-both-ways", Map.of());
            }
            run(tx, "import/graph-version-bump", Map.of());
            consistency.commit(tx::commit);
            events.publishEvent(new GraphChanged());
            return result;
        }
    }

    /**
     * Whether a transaction may write mappings between clauses: a matrix (its co-citations), a
     * mapping set, a profile's selections, identifier links. A catalog alone or a system's declaration
     * writes none.
     */
    private enum ClauseMappings { WRITTEN, NONE }

    /** @param language the language the catalog's titles and texts are written in, which the search indexes them in */
    private void writeCatalog(QueryRunner tx, Catalog catalog, Language language) {
        String framework = catalog.framework().id();
        var clauses = new ArrayList<Map<String, Object>>();
        int order = 0;
        for (CatalogClause clause : catalog.clauses()) {
            var params = clauseParams(framework, clause.ref(), clause.parent());
            params.put("title", clause.title());
            params.put("order", order++);
            params.put("assessable", clause.assessable());
            params.put("withdrawn", clause.withdrawn());
            params.put("sourceId", clause.sourceId());
            params.put("text", clause.text());
            params.put("label", clause.label());
            params.putAll(FoldedText.ofClause(clause.ref(), clause.title(), clause.text(), language));
            clauses.add(params);
        }
        run(tx, "import/catalog-clauses-merge", Map.of("framework", framework, "clauses", clauses));
        run(tx, "import/clause-labels-set", Map.of("clauses", clauses));
        linkParents(clauses).forEach(call -> run(tx, call.name(), call.parameters()));
    }

    /**
     * Links clauses to their parents, then gives them and every clause below them their chapter,
     * which the new links may have changed: what every statement linking clauses runs.
     *
     * @param clauses {@link #clauseParams} of each clause, with its parentUid
     */
    public static List<CypherCall> linkParents(List<Map<String, Object>> clauses) {
        return List.of(new CypherCall("import/clauses-link-parents", Map.of("clauses", clauses)),
                new CypherCall("import/clause-chapters-set", Map.of("clauses", clauses)));
    }

    private void keepReport(QueryRunner tx, String source, Object startedAt, Object durationMs, Object report) {
        run(tx, "import/import-run-create", Map.of("source", source, "run", Map.of("id", source + "@" + startedAt,
                "startedAt", startedAt, "durationMs", durationMs, "report", toJson(report))));
    }

    private void run(QueryRunner tx, String name, Map<String, Object> parameters) {
        tx.run(cypher.get(name), parameters).consume();
    }

    /**
     * Each cited clause that no catalog holds, with the ancestors its ref implies up to the nearest
     * catalog clause (which is only linked to, never rewritten), parents before children.
     */
    private static List<Map<String, Object>> citedClauses(List<ControlRecord> controls, Map<String, Set<String>> catalogs) {
        Map<String, Map<String, Object>> byUid = new LinkedHashMap<>();
        controls.stream().flatMap(c -> c.references().stream()).filter(r -> r.ref() != null).forEach(r -> {
            Set<String> catalog = catalogs.getOrDefault(r.framework(), Set.of());
            List<String> chain = new ArrayList<>();
            for (String ref = r.ref(); ref != null && !catalog.contains(ref); ref = parentOf(ref)) {
                chain.add(0, ref);
            }
            chain.forEach(ref -> byUid.computeIfAbsent(ClauseIds.uid(r.framework(), ref), uid -> clauseParams(r.framework(), ref, parentOf(ref))));
        });
        return List.copyOf(byUid.values());
    }

    private static String parentOf(String ref) {
        List<String> ancestors = ClauseIds.ancestors(ref);
        return ancestors.isEmpty() ? null : ancestors.get(0);
    }

    /**
     * The parameters every clause-writing statement shares: uid, framework, ref, the sort key of the
     * ref that traversals order by, and parentUid.
     */
    public static Map<String, Object> clauseParams(String framework, String ref, String parentRef) {
        var params = new HashMap<String, Object>();
        params.put("uid", ClauseIds.uid(framework, ref));
        params.put("framework", framework);
        params.put("ref", ref);
        params.put("sortKey", NaturalOrder.key(ref));
        params.put("parentUid", parentRef == null ? null : ClauseIds.uid(framework, parentRef));
        return params;
    }

    private List<Map<String, Object>> controlParams(List<ControlRecord> controls) {
        return controls.stream().map(c -> {
            Map<String, Object> params = parameters(c);
            params.remove("references");
            params.putAll(FoldedText.ofControl(c.text(), c.sectionTitle()));
            return params;
        }).toList();
    }

    private static List<Map<String, Object>> mappings(List<ControlRecord> controls, boolean frameworkLevel) {
        var mappings = new ArrayList<Map<String, Object>>();
        for (ControlRecord control : controls) {
            for (ResolvedReference r : control.references()) {
                if ((r.ref() == null) != frameworkLevel) {
                    continue;
                }
                var params = new HashMap<String, Object>();
                params.put("control", control.uid());
                params.put(frameworkLevel ? "framework" : "clause", r.target());
                params.put("asWritten", r.cited().asWritten());
                params.put("resolution", r.resolution().label());
                params.put("qualifier", r.cited().qualifier());
                mappings.add(params);
            }
        }
        return mappings;
    }

    /** A record's components as statement parameters, nulls included (Cypher reads them as absent). */
    public static Map<String, Object> parameters(Object record) {
        return PARAMETERS.convertValue(record, new TypeReference<>() { });
    }

    private String toJson(Object report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import report cannot be written as JSON", e);
        }
    }
}
