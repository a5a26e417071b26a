package io.github.compliancegraph.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes what the importers read. Each call is one write transaction: a document replaces its
 * earlier import entirely or, on any failure, not at all.
 */
@Component
public class GraphWriter {

    private final Driver driver;
    private final CypherFiles cypher;
    private final ObjectMapper json;

    GraphWriter(Driver driver, CypherFiles cypher, ObjectMapper json) {
        this.driver = driver;
        this.cypher = cypher;
        this.json = json;
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

    /** Frameworks of the registry, and catalogs with their clause trees; idempotent. */
    public void writeCatalogs(List<FrameworkInfo> frameworks, List<Catalog> catalogs) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                run(tx, "import/frameworks-merge", Map.of("frameworks", frameworks.stream().map(GraphWriter::frameworkParams).toList()));
                for (Catalog catalog : catalogs) {
                    writeCatalog(tx, catalog);
                }
            });
        }
    }

    /** Replaces everything an earlier import of the same source wrote, and keeps the report. */
    public void replaceSource(SourceGraph graph, ImportReport report) {
        String source = graph.source().id();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                run(tx, "import/source-reset", Map.of("source", source));
                run(tx, "import/source-merge", Map.of("source", sourceParams(graph.source())));
                run(tx, "import/parties-merge", Map.of("parties", graph.parties().stream()
                        .map(p -> Map.of("id", p.id(), "name", p.name(), "role", p.role())).toList()));
                List<Map<String, Object>> cited = citedClauses(graph.controls());
                run(tx, "import/cited-clauses-merge", Map.of("clauses", cited));
                run(tx, "import/clauses-link-parents", Map.of("clauses", cited));
                run(tx, "import/controls-create", Map.of("source", source, "controls", controlParams(graph.controls())));
                run(tx, "import/control-clause-mappings-create", Map.of("mappings", mappings(graph.controls(), false)));
                run(tx, "import/control-framework-mappings-create", Map.of("mappings", mappings(graph.controls(), true)));
                graph.extras().forEach(call -> run(tx, call.name(), call.parameters()));
                run(tx, "import/clauses-prune-orphans", Map.of());
                run(tx, "import/import-run-create", Map.of("source", source, "run", Map.of(
                        "id", source + "@" + report.startedAt(), "startedAt", report.startedAt(),
                        "durationMs", report.durationMs(), "report", toJson(report))));
            });
        }
    }

    private void writeCatalog(TransactionContext tx, Catalog catalog) {
        String framework = catalog.framework().id();
        Set<String> refs = new java.util.HashSet<>();
        catalog.clauses().forEach(c -> refs.add(c.ref()));
        var clauses = new ArrayList<Map<String, Object>>();
        int order = 0;
        for (CatalogClause clause : catalog.clauses()) {
            boolean leaf = catalog.clauses().stream().noneMatch(other -> ClauseIds.ancestors(other.ref()).contains(clause.ref()));
            var params = clauseParams(framework, clause.ref());
            params.put("title", clause.title());
            params.put("order", order++);
            params.put("assessable", leaf);
            clauses.add(params);
        }
        run(tx, "import/catalog-clauses-merge", Map.of("framework", framework, "clauses", clauses));
        run(tx, "import/clauses-link-parents", Map.of("clauses", clauses));
    }

    private void run(TransactionContext tx, String name, Map<String, Object> parameters) {
        tx.run(cypher.get(name), parameters).consume();
    }

    /** Each cited clause and all its ancestors, parents before children. */
    private static List<Map<String, Object>> citedClauses(List<ControlRecord> controls) {
        Map<String, Map<String, Object>> byUid = new LinkedHashMap<>();
        controls.stream().flatMap(c -> c.references().stream()).filter(r -> r.ref() != null).forEach(r -> {
            List<String> chain = new ArrayList<>(ClauseIds.ancestors(r.ref()));
            java.util.Collections.reverse(chain);
            chain.add(r.ref());
            chain.forEach(ref -> byUid.computeIfAbsent(ClauseIds.uid(r.framework(), ref), uid -> clauseParams(r.framework(), ref)));
        });
        return List.copyOf(byUid.values());
    }

    private static Map<String, Object> clauseParams(String framework, String ref) {
        List<String> ancestors = ClauseIds.ancestors(ref);
        var params = new HashMap<String, Object>();
        params.put("uid", ClauseIds.uid(framework, ref));
        params.put("framework", framework);
        params.put("ref", ref);
        params.put("parentUid", ancestors.isEmpty() ? null : ClauseIds.uid(framework, ancestors.get(0)));
        return params;
    }

    private static List<Map<String, Object>> controlParams(List<ControlRecord> controls) {
        return controls.stream().map(c -> {
            var params = new HashMap<String, Object>();
            params.put("uid", c.uid());
            params.put("party", c.party());
            params.put("section", c.section());
            params.put("sectionTitle", c.sectionTitle());
            params.put("text", c.text());
            params.put("lang", c.lang());
            params.put("line", c.line());
            params.put("ordinal", c.ordinal());
            params.put("referenceCell", c.referenceCell());
            return (Map<String, Object>) params;
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

    private static Map<String, Object> frameworkParams(FrameworkInfo f) {
        var params = new HashMap<String, Object>();
        params.put("id", f.id());
        params.put("name", f.name());
        params.put("version", f.version());
        params.put("publisher", f.publisher());
        params.put("description", f.description());
        return params;
    }

    private static Map<String, Object> sourceParams(ImportedSource s) {
        var params = new HashMap<String, Object>();
        params.put("id", s.id());
        params.put("kind", s.kind());
        params.put("file", s.file());
        params.put("title", s.title());
        params.put("publisher", s.publisher());
        params.put("date", s.date());
        params.put("language", s.language());
        params.put("sha256", s.sha256());
        params.put("provenance", s.provenance());
        return params;
    }

    private String toJson(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import report cannot be written as JSON", e);
        }
    }
}
