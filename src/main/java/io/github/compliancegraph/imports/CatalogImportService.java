package io.github.compliancegraph.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.imports.cisoassistant.CisoAssistantLibraryParser;
import io.github.compliancegraph.imports.csv.CsvReferenceParser;
import io.github.compliancegraph.imports.cisoassistant.ParsedLibrary;
import io.github.compliancegraph.imports.oscal.OscalCatalogParser;
import io.github.compliancegraph.imports.oscal.OscalProfileParser;
import io.github.compliancegraph.imports.oscal.ParsedOscalCatalog;
import io.github.compliancegraph.imports.oscal.ParsedOscalProfile;
import io.github.compliancegraph.imports.table.MatrixManifest;
import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.mapping.ClauseMapping;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.traversal.InvalidParameterException;
import io.github.compliancegraph.traversal.UnknownValueException;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports reference data: framework catalogs (OSCAL, CISO Assistant, CSV), OSCAL profiles, and
 * clause-to-clause mapping sets. Each file is read fully, then written in one transaction with its
 * Source node and report; a catalog import also re-reads how the documents' citations of that
 * framework resolve.
 */
@Service
public class CatalogImportService {

    private static final Logger log = LoggerFactory.getLogger(CatalogImportService.class);

    private final GraphWriter writer;
    private final RequirementClauses requirements;
    private final ShippedCatalogs registry;
    private final ImportService imports;
    private final BundledSources bundled;
    private final Driver driver;
    private final CypherFiles cypher;
    private final DataSize maxFileSize;

    CatalogImportService(GraphWriter writer, RequirementClauses requirements, ShippedCatalogs registry, ImportService imports,
            BundledSources bundled, Driver driver, CypherFiles cypher,
            @Value("${compliance.imports.max-file-size:32MB}") DataSize maxFileSize) {
        this.writer = writer;
        this.requirements = requirements;
        this.registry = registry;
        this.imports = imports;
        this.bundled = bundled;
        this.driver = driver;
        this.cypher = cypher;
        this.maxFileSize = maxFileSize;
    }

    /** The kinds of file {@link #importFile} reads. */
    public static final List<String> KINDS = List.of("oscal-catalog", "oscal-profile", "ciso-assistant", "csv-catalog",
            "csv-mappings", "document", "responsibility-matrix", "oscal-ssp");

    /**
     * Imports a file of one of the {@link #KINDS}, with the options that kind takes:
     * {@code framework} (catalogs, profiles), {@code catalog} (profiles, optional), {@code mapping-set}
     * (CSV mappings), {@code source} (a new version of a bundled document, by its id); {@code source},
     * {@code provider}, {@code prefixes}, {@code language} (responsibility matrices, see
     * {@link MatrixManifest}); {@code source} and {@code framework} (OSCAL system security plans,
     * optional). {@code directory} is where the file lies, to find a profile's catalog beside it;
     * {@code manifest} a matrix's sidecar manifest, or null.
     */
    public Object importFile(String kind, String file, byte[] content, Map<String, String> options, Path directory,
            byte[] manifest) {
        requireWithinLimit(file, content.length);
        return switch (kind) {
            case "document" -> importDocument(file, content, option(options, "source"));
            case "responsibility-matrix" -> imports.importDocument(MatrixManifest.of(file, manifest, ids(options, "source", "provider")), content);
            case "oscal-ssp" -> imports.importOscalSsp(sspManifest(file, ids(options, "source", "framework")), content,
                    options.get("framework"));
            case "oscal-catalog" -> importOscalCatalog(file, content, option(options, "framework"));
            case "oscal-profile" -> importOscalProfile(file, content, option(options, "framework"), options.get("catalog"), directory);
            case "ciso-assistant" -> importCisoAssistant(file, content);
            case "csv-catalog" -> importCsvCatalog(file, content, option(options, "framework"));
            case "csv-mappings" -> importCsvMappings(file, content, option(options, "mapping-set"));
            default -> throw new UnknownValueException("kind", kind, KINDS);
        };
    }

    /** Refuses a file over {@code compliance.imports.max-file-size}, before anything reads it. */
    public void requireWithinLimit(String file, long size) {
        if (size > maxFileSize.toBytes()) {
            throw new ImportTooLargeException(file, size, maxFileSize);
        }
    }

    /** A new version of a bundled document (its manifest gives parties and notations), replacing the earlier import. */
    private ImportReport importDocument(String file, byte[] content, String sourceId) {
        SourceManifest manifest = bundled.manifests().stream().filter(m -> m.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new UnknownValueException("source", sourceId,
                        bundled.manifests().stream().map(SourceManifest::id).toList()));
        return imports.importDocument(manifest.withFile(file), content);
    }

    /** An OSCAL system security plan is a source of its own, named by the source option or its file. */
    private static SourceManifest sspManifest(String file, Map<String, String> options) {
        String id = options.get("source") == null || options.get("source").isBlank() ? ImportedSource.idOf(file) : options.get("source");
        return new SourceManifest(id, "oscal-ssp", file, null, null, null, null, "imported from " + file, null, null, null, null);
    }

    /** The options, checked to be ids where given under these names. */
    private static Map<String, String> ids(Map<String, String> options, String... names) {
        for (String name : names) {
            if (options.get(name) != null && !options.get(name).isBlank()) {
                option(options, name);
            }
        }
        return options;
    }

    private static String option(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "required for this kind of file");
        }
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new InvalidParameterException(name, "'" + value + "' is not an id (letters, digits, '.', '_', '-')");
        }
        return value;
    }

    /** An OSCAL catalog, as the framework {@code frameworkId}. */
    public Map<String, Object> importOscalCatalog(String file, byte[] content, String frameworkId) {
        return importOscalCatalog(file, content, frameworkId, imported(file));
    }

    /** A catalog or profile bundled in {@code data/catalogs}, with its provenance. */
    public Map<String, Object> importBundled(BundledCatalog bundled, byte[] content) {
        return switch (bundled.kind()) {
            case "oscal-catalog" -> importOscalCatalog(bundled.file(), content, bundled.framework(), bundled.provenance());
            case "oscal-profile" -> importOscalProfile(bundled.file(), content, bundled.framework(), bundled.catalog(), null,
                    bundled.provenance());
            default -> throw new IllegalStateException("bundled catalogs are oscal-catalog or oscal-profile, not " + bundled.kind());
        };
    }

    private Map<String, Object> importOscalCatalog(String file, byte[] content, String frameworkId, String provenance) {
        return imports.exclusively(() -> {
            Instant started = Instant.now();
            ParsedOscalCatalog parsed = new OscalCatalogParser().parse(TextDecoding.decode(content, file), framework(frameworkId, null));
            var counts = catalogCounts(parsed.catalog());
            return write(source(sourceIdOf("oscal-catalog", frameworkId), "oscal-catalog", file, parsed.title(), content, provenance), List.of(parsed.catalog()),
                    List.of(), counts, parsed.problems(), started);
        });
    }

    /**
     * An OSCAL profile, as the framework {@code profileId} whose clauses select catalog clauses.
     * Its catalog is {@code catalogId} when given, else the imported catalog that holds every
     * selected control. When that catalog is not in the graph yet, the catalog file the profile's
     * import names is looked for beside the profile (NIST's "-min" variant included) and imported
     * first, as {@code catalogId} or an id made from its file name.
     */
    public Map<String, Object> importOscalProfile(String file, byte[] content, String profileId, String catalogId, Path directory) {
        return importOscalProfile(file, content, profileId, catalogId, directory, imported(file));
    }

    private Map<String, Object> importOscalProfile(String file, byte[] content, String profileId, String catalogId, Path directory,
            String provenance) {
        return imports.exclusively(() -> {
            Instant started = Instant.now();
            ParsedOscalProfile profile = new OscalProfileParser().parse(TextDecoding.decode(content, file));
            var selected = new LinkedHashSet<String>();
            profile.imports().forEach(i -> selected.addAll(i.includedIds()));
            if (selected.isEmpty()) {
                throw new ImportRejectedException(file + ": the profile selects no control by id (include-all is not supported)");
            }
            List<String> holders = catalogsHolding(selected);
            String catalog = catalogId != null ? catalogId : holders.stream().findFirst().orElse(null);
            if (catalog == null || !holders.contains(catalog)) {
                Path beside = catalogBeside(profile, directory).orElseThrow(() -> new ImportRejectedException(file
                        + ": no imported catalog holds all " + selected.size() + " controls it selects, and no catalog it names ("
                        + profile.imports().get(0).resourceHrefs() + ") lies beside it; import that catalog first"));
                catalog = catalog != null ? catalog : frameworkIdOf(beside);
                importOscalCatalog(beside.getFileName().toString(), readFile(beside), catalog);
            }
            List<Map<String, Object>> clauses = profileClauses(profileId, catalog, selected, file);
            var counts = new LinkedHashMap<String, Object>();
            counts.put("catalog", catalog);
            counts.put("selected", selected.size());
            counts.put("clauses", clauses.size());
            FrameworkInfo info = framework(profileId, profile.title());
            var calls = List.of(
                    new CypherCall("import/frameworks-merge", Map.of("frameworks", List.of(GraphWriter.parameters(info)))),
                    new CypherCall("import/profile-clauses-merge", Map.of("profile", profileId, "catalog", catalog, "clauses", clauses)),
                    new CypherCall("import/clauses-link-parents", Map.of("clauses", clauses)));
            return write(source(sourceIdOf("oscal-profile", profileId), "oscal-profile", file, profile.title(), content, provenance), List.of(), calls,
                    counts, profile.problems(), started);
        });
    }

    /**
     * A CISO Assistant library: its framework becomes a catalog, its mapping sets clause mappings. A mapping
     * with a requirement found neither by urn nor by framework and ref ({@link RequirementClauses}) is
     * skipped and reported. A library of mapping sets only, not one of whose mappings resolves, is refused:
     * it would import nothing. One with a framework is not, since its catalog stands on its own.
     */
    public Map<String, Object> importCisoAssistant(String file, byte[] content) {
        return imports.exclusively(() -> {
            Instant started = Instant.now();
            ParsedLibrary library = new CisoAssistantLibraryParser().parse(TextDecoding.decode(content, file));
            var counts = new LinkedHashMap<String, Object>();
            var problems = new ArrayList<>(library.problems());
            var catalogs = library.frameworks().stream().map(this::registeredAs).toList();
            catalogs.forEach(c -> counts.putAll(catalogCounts(c)));
            List<ResolvedSet> sets = library.mappingSets().stream().map(this::resolve).toList();
            if (catalogs.isEmpty() && sets.stream().anyMatch(s -> !s.set().mappings().isEmpty())
                    && sets.stream().allMatch(s -> s.edges().isEmpty())) {
                throw new ImportRejectedException(file + ": not one mapping names clauses in the graph, nothing was imported; "
                        + String.join("; ", sets.stream().filter(s -> !s.unresolved().isEmpty()).map(ResolvedSet::problem).toList()));
            }
            var calls = new ArrayList<CypherCall>();
            for (ResolvedSet resolved : sets) {
                if (!resolved.unresolved().isEmpty()) {
                    problems.add(new Problem(0, resolved.problem()));
                }
                counts.put("mappings:" + resolved.set().id(), resolved.edges().size());
                calls.add(new CypherCall("import/clause-mappings-merge", Map.of("source", resolved.set().id(), "mappings", resolved.edges())));
            }
            return write(source(sourceId(library.urn()), "ciso-assistant-library", file, library.name(), content), catalogs, calls,
                    counts, problems, started);
        });
    }

    /**
     * A mapping set with its mappings as clause-mappings-merge edges, those whose two requirements resolve.
     *
     * @param unresolved the requirement urns that name no clause in the graph, in file order
     */
    private record ResolvedSet(ParsedLibrary.MappingSet set, List<Map<String, Object>> edges, List<String> unresolved) {

        /** How many reports list; enough to see the pattern (a framework missing, a ref written otherwise). */
        private static final int FIRST_UNRESOLVED = 10;

        String problem() {
            String frameworks = String.join(" and ", Stream.of(set.sourceFramework(), set.targetFramework()).distinct().toList());
            return "mapping set " + set.id() + ": " + (set.mappings().size() - edges.size()) + " of " + set.mappings().size()
                    + " mappings skipped; " + unresolved.size() + " requirements they name are not in the graph, by urn nor by ref"
                    + " among the catalog clauses of " + frameworks + " (import them first if they are not), the first: "
                    + unresolved.stream().limit(FIRST_UNRESOLVED).toList();
        }
    }

    private ResolvedSet resolve(ParsedLibrary.MappingSet set) {
        var urns = new LinkedHashSet<String>();
        set.mappings().forEach(m -> {
            urns.add(m.sourceUrn());
            urns.add(m.targetUrn());
        });
        Map<String, String> uids = requirements.uidsByUrn(urns);
        var edges = set.mappings().stream().filter(m -> uids.containsKey(m.sourceUrn()) && uids.containsKey(m.targetUrn()))
                .map(m -> edge(uids.get(m.sourceUrn()), uids.get(m.targetUrn()), m.relationship(), m.rationale(), m.strength()))
                .toList();
        return new ResolvedSet(set, edges, urns.stream().filter(urn -> !uids.containsKey(urn)).toList());
    }

    /** A catalog in the plain CSV format (ref, parent, title, assessable), as the framework {@code frameworkId}. */
    public Map<String, Object> importCsvCatalog(String file, byte[] content, String frameworkId) {
        return imports.exclusively(() -> {
            Instant started = Instant.now();
            Catalog catalog = new CsvReferenceParser().catalog(TextDecoding.decode(content, file), framework(frameworkId, null));
            return write(source(sourceIdOf("csv-catalog", frameworkId), "csv-catalog", file, frameworkId, content), List.of(catalog),
                    List.of(), catalogCounts(catalog), List.of(), started);
        });
    }

    /** A mapping set in the plain CSV format (source, target, relationship, rationale, strength). */
    public Map<String, Object> importCsvMappings(String file, byte[] content, String mappingSet) {
        return imports.exclusively(() -> {
            Instant started = Instant.now();
            List<ClauseMapping> mappings = new CsvReferenceParser().mappings(TextDecoding.decode(content, file), mappingSet);
            var uids = new LinkedHashSet<String>();
            mappings.forEach(m -> {
                uids.add(ClauseIds.uid(m.sourceFramework(), m.sourceRef()));
                uids.add(ClauseIds.uid(m.targetFramework(), m.targetRef()));
            });
            Set<String> existing = existingClauses(uids);
            var problems = new ArrayList<Problem>();
            uids.stream().filter(u -> !existing.contains(u))
                    .forEach(u -> problems.add(new Problem(0, "clause " + u + " is not in the graph; its mappings are skipped")));
            var edges = mappings.stream()
                    .map(m -> edge(ClauseIds.uid(m.sourceFramework(), m.sourceRef()), ClauseIds.uid(m.targetFramework(), m.targetRef()),
                            m.relationship(), m.rationale(), m.strength()))
                    .filter(e -> existing.contains(e.get("from")) && existing.contains(e.get("to"))).toList();
            return write(source(mappingSet, "csv-mappings", file, mappingSet, content), List.of(),
                    List.of(new CypherCall("import/clause-mappings-merge", Map.of("source", mappingSet, "mappings", edges))),
                    Map.of("mappings", edges.size(), "skipped", mappings.size() - edges.size()), problems, started);
        });
    }

    /** The parameters of one clause-mappings-merge edge. */
    private static Map<String, Object> edge(String from, String to, String relationship, String rationale, Integer strength) {
        var edge = new LinkedHashMap<String, Object>();
        edge.put("from", from);
        edge.put("to", to);
        edge.put("relationship", relationship);
        edge.put("rationale", rationale);
        edge.put("strength", strength);
        return edge;
    }

    private Set<String> existingClauses(Set<String> uids) {
        try (var session = driver.session()) {
            return Set.copyOf(session.executeRead(tx -> tx.run(cypher.get("import/clauses-existing"), Map.of("uids", List.copyOf(uids)))
                    .list(r -> r.get("uid").asString())));
        }
    }

    /** Links the clauses of two frameworks that carry the same identifier, as a weak syntactic mapping. */
    public long linkIdenticalRefs(String from, String to, int strength) {
        return imports.exclusively(() -> writer.linkIdenticalRefs(from, to, strength));
    }

    private Map<String, Object> write(ImportedSource source, List<Catalog> catalogs, List<CypherCall> calls,
            Map<String, Object> counts, List<Problem> problems, Instant started) {
        var report = new LinkedHashMap<String, Object>();
        report.put("source", source.id());
        report.put("file", source.file());
        report.put("sha256", source.sha256());
        report.put("startedAt", started.toString());
        report.put("durationMs", Duration.between(started, Instant.now()).toMillis());
        report.put("counts", counts);
        report.put("problems", problems);
        log.info("Read {} ({}): {}; writing it in one transaction", source.id(), source.file(), counts);
        List<Map<String, Object>> missing = writer.replaceReferenceData(source, catalogs, calls, report);
        report.put("citedButNotInCatalog", missing);
        log.info("Imported {} ({}) in {} ms: {}; {} citations not in the catalog{}", source.id(), source.file(),
                Duration.between(started, Instant.now()).toMillis(), counts, missing.size(),
                problems.isEmpty() ? "" : "; " + problems.size() + " problems");
        return report;
    }

    private List<Map<String, Object>> profileClauses(String profileId, String catalog, Set<String> selected, String file) {
        List<Map<String, Object>> rows;
        try (var session = driver.session()) {
            rows = session.executeRead(tx -> tx.run(cypher.get("import/profile-selection"),
                    Map.of("catalog", catalog, "ids", List.copyOf(selected))).list(r -> r.asMap()));
        }
        if (rows.size() < selected.size()) {
            var found = rows.stream().map(r -> r.get("sourceId")).toList();
            throw new ImportRejectedException(file + ": catalog " + catalog + " has no control "
                    + selected.stream().filter(id -> !found.contains(id)).limit(10).toList());
        }
        Map<String, Map<String, Object>> clauses = new LinkedHashMap<>();
        Map<String, Object> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put((String) r.get("sourceId"), r));
        for (String id : selected) {
            @SuppressWarnings("unchecked")
            var row = (Map<String, Object>) byId.get(id);
            @SuppressWarnings("unchecked")
            var ancestors = (List<Map<String, Object>>) row.get("ancestors");
            // ancestors run nearest first; the profile keeps them as grouping clauses, top first
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Map<String, Object> a = ancestors.get(i);
                String parentRef = i == ancestors.size() - 1 ? null : (String) ancestors.get(i + 1).get("ref");
                clauses.computeIfAbsent((String) a.get("ref"), ref -> profileClause(profileId, ref, (String) a.get("title"),
                        parentRef, false, null, clauses.size()));
            }
            String parent = ancestors.isEmpty() ? null : (String) ancestors.get(0).get("ref");
            clauses.put((String) row.get("ref"), profileClause(profileId, (String) row.get("ref"), (String) row.get("title"),
                    parent, true, (String) row.get("uid"), clauses.size()));
        }
        return List.copyOf(clauses.values());
    }

    private static Map<String, Object> profileClause(String profile, String ref, String title, String parent,
            boolean assessable, String selects, int order) {
        var clause = GraphWriter.clauseParams(profile, ref, parent);
        clause.put("title", title);
        clause.put("assessable", assessable);
        clause.put("order", order);
        clause.put("selects", selects);
        return clause;
    }

    /** The catalog file a profile names, when it lies beside the profile (NIST also publishes "-min" variants). */
    static Optional<Path> catalogBeside(ParsedOscalProfile profile, Path directory) {
        if (directory == null) {
            return Optional.empty();
        }
        return profile.imports().stream().flatMap(i -> i.resourceHrefs().stream())
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .filter(name -> name.endsWith(".json"))
                .flatMap(name -> Stream.of(name, name.replaceFirst("\\.json$", "-min.json")))
                .map(directory::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** A framework id from a catalog's file name: "NIST_SP-800-53_rev4_catalog-min.json" gives "nist-sp-800-53-rev4-catalog". */
    static String frameworkIdOf(Path catalogFile) {
        return catalogFile.getFileName().toString().replaceFirst("(-min)?\\.json$", "").toLowerCase()
                .replaceAll("[^a-z0-9.]+", "-");
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRejectedException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The imported catalogs holding every one of these controls. */
    private List<String> catalogsHolding(Set<String> selected) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("import/catalogs-holding"), Map.of("ids", List.copyOf(selected)))
                    .list(r -> Map.entry(r.get("framework").asString(), r.get("held").asLong())))
                    .stream().filter(e -> e.getValue() == selected.size()).map(Map.Entry::getKey).toList();
        }
    }

    /** A CISO Assistant framework takes the registry's metadata when the registry knows its id. */
    private Catalog registeredAs(Catalog catalog) {
        return registry.frameworks().stream().filter(f -> f.id().equals(catalog.framework().id())).findFirst()
                .map(known -> new Catalog(known, catalog.clauses())).orElse(catalog);
    }

    private FrameworkInfo framework(String id, String title) {
        return registry.frameworks().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElse(new FrameworkInfo(id, title == null ? id : title, null, null, null));
    }

    private static Map<String, Object> catalogCounts(Catalog catalog) {
        var counts = new LinkedHashMap<String, Object>();
        counts.put("framework", catalog.framework().id());
        counts.put("clauses", catalog.clauses().size());
        counts.put("assessable", catalog.clauses().stream().filter(c -> c.assessable()).count());
        counts.put("withdrawn", catalog.clauses().stream().filter(c -> c.withdrawn()).count());
        return counts;
    }

    private static ImportedSource source(String id, String kind, String file, String title, byte[] content) {
        return source(id, kind, file, title, content, imported(file));
    }

    private static ImportedSource source(String id, String kind, String file, String title, byte[] content, String provenance) {
        return new ImportedSource(id, kind, file, title, null, null, null,
                HexFormat.of().formatHex(ControlIdentity.sha256(content)), provenance);
    }

    /** The Source id a catalog (of any kind) or profile import of this framework writes. */
    static String sourceIdOf(String kind, String framework) {
        return framework + ("oscal-profile".equals(kind) ? "-profile" : "-catalog");
    }

    private static String imported(String file) {
        return "imported from " + file;
    }

    private static String sourceId(String urn) {
        return urn == null ? "ciso-assistant-library" : urn.substring(urn.lastIndexOf(':') + 1);
    }
}
