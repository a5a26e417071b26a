package io.github.compliancegraph.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the importers of reference data (catalogs, profiles, mapping sets) share: one import at a
 * time, the framework registry, the reads they resolve against, and the single transaction that
 * writes a file with its Source node and report.
 */
@Component
public class ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    private final GraphWriter writer;
    private final ImportService imports;
    private final ShippedCatalogs registry;
    private final Driver driver;
    private final CypherFiles cypher;

    ReferenceData(GraphWriter writer, ImportService imports, ShippedCatalogs registry, Driver driver, CypherFiles cypher) {
        this.writer = writer;
        this.imports = imports;
        this.registry = registry;
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Runs an import unless another is running (see {@link ImportService}). */
    public <T> T exclusively(Supplier<T> work) {
        return imports.exclusively(work);
    }

    /**
     * Writes catalogs and statements in one transaction with the file's Source node and report, which
     * lists the documents' citations of these frameworks that the catalogs do not hold.
     */
    public ImportReport write(ImportedSource source, List<Catalog> catalogs, List<CypherCall> calls, Map<String, Object> counts,
            List<Problem> problems, Instant started) {
        log.info("Read {} ({}): {}; writing it in one transaction", source.id(), source.file(), counts);
        ImportReport report = writer.replaceReferenceData(source, catalogs, calls, missing -> ImportReport.ofReferenceData(source,
                started, Duration.between(started, Instant.now()).toMillis(), counts, problems, missing));
        log.info("Imported {} ({}) in {} ms: {}; {} citations not in the catalog{}", source.id(), source.file(),
                Duration.between(started, Instant.now()).toMillis(), counts, report.citedButNotInCatalog().size(),
                problems.isEmpty() ? "" : "; " + problems.size() + " problems");
        return report;
    }

    /** The registry's metadata of a framework it knows, else a framework of this id and title. */
    public FrameworkInfo framework(String id, String title) {
        return registry.frameworks().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElse(new FrameworkInfo(id, title == null ? id : title, null, null, null));
    }

    /**
     * A catalog read from a file takes the registry's metadata when the registry knows its id, keeping
     * the file's packaging version.
     */
    public Catalog registeredAs(Catalog catalog) {
        FrameworkInfo read = catalog.framework();
        return registry.frameworks().stream().filter(f -> f.id().equals(read.id())).findFirst()
                .map(known -> new Catalog(known.fromLibrary(read.libraryVersion()), catalog.clauses())).orElse(catalog);
    }

    /** Rows of a named read ({@code cypher/import/…}), as maps. */
    public List<Map<String, Object>> read(String name, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(name), parameters).list(r -> r.asMap()));
        }
    }

    /** Which of these clause uids are in the graph. */
    public Set<String> existingClauses(Set<String> uids) {
        return Set.copyOf(read("import/clauses-existing", Map.of("uids", List.copyOf(uids))).stream()
                .map(r -> (String) r.get("uid")).toList());
    }

    /** Links the clauses of two frameworks that carry the same identifier; how many links it made. */
    public long linkIdenticalRefs(String from, String to, int strength) {
        return exclusively(() -> writer.linkIdenticalRefs(from, to, strength));
    }

    public static Map<String, Object> catalogCounts(Catalog catalog) {
        var counts = new LinkedHashMap<String, Object>();
        counts.put("framework", catalog.framework().id());
        counts.put("clauses", catalog.clauses().size());
        counts.put("assessable", catalog.clauses().stream().filter(c -> c.assessable()).count());
        counts.put("withdrawn", catalog.clauses().stream().filter(c -> c.withdrawn()).count());
        return counts;
    }

    /** The parameters of one clause-mappings-merge edge. */
    public static Map<String, Object> mappingEdge(String from, String to, String relationship, String rationale, Integer strength) {
        var edge = new LinkedHashMap<String, Object>();
        edge.put("from", from);
        edge.put("to", to);
        edge.put("relationship", relationship);
        edge.put("rationale", rationale);
        edge.put("strength", strength);
        return edge;
    }

    public static ImportedSource source(String id, String kind, String file, String title, byte[] content, String provenance) {
        return new ImportedSource(id, kind, file, title, null, null, null,
                HexFormat.of().formatHex(ControlIdentity.sha256(content)), provenance);
    }

    /** The Source id a catalog (of any kind) or profile import of this framework writes. */
    public static String sourceIdOf(String kind, String framework) {
        return framework + ("oscal-profile".equals(kind) ? "-profile" : "-catalog");
    }
}
