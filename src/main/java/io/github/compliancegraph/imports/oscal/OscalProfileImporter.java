package io.github.compliancegraph.imports.oscal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.GraphWriter;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.TextDecoding;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.springframework.stereotype.Component;

/**
 * An OSCAL profile, as the framework of the {@code framework} option, whose clauses select catalog
 * clauses. Its catalog is the {@code catalog} option when given, else the imported catalog that
 * holds every selected control. When that catalog is not in the graph yet, the catalog file the
 * profile's import names is looked for beside the profile (NIST's "-min" variant included) and
 * imported first, as the {@code catalog} option or an id made from its file name.
 */
@Component
public class OscalProfileImporter implements Importer {

    public static final String KIND = "oscal-profile";

    private final ReferenceData data;
    private final OscalCatalogImporter catalogs;

    OscalProfileImporter(ReferenceData data, OscalCatalogImporter catalogs) {
        this.data = data;
        this.catalogs = catalogs;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String profileId = request.id("framework");
        String catalogId = request.optionalId("catalog");
        String file = request.file();
        return data.exclusively(() -> {
            Instant started = Instant.now();
            ParsedOscalProfile profile = new OscalProfileParser().parse(TextDecoding.decode(request.content(), file));
            var selected = new LinkedHashSet<String>();
            profile.imports().forEach(i -> selected.addAll(i.includedIds()));
            if (selected.isEmpty()) {
                throw new ImportRejectedException(file + ": the profile selects no control by id (include-all is not supported)");
            }
            List<String> holders = catalogsHolding(selected);
            String catalog = catalogId != null ? catalogId : holders.stream().findFirst().orElse(null);
            if (catalog == null || !holders.contains(catalog)) {
                Path beside = catalogBeside(profile, request.directory()).orElseThrow(() -> new ImportRejectedException(file
                        + ": no imported catalog holds all " + selected.size() + " controls it selects, and no catalog it names ("
                        + profile.imports().get(0).resourceHrefs() + ") lies beside it; import that catalog first"));
                catalog = catalog != null ? catalog : frameworkIdOf(beside);
                catalogs.importFile(new ImportRequest(beside.getFileName().toString(), readFile(beside), Map.of("framework", catalog)));
            }
            List<Map<String, Object>> clauses = profileClauses(profileId, catalog, selected, file);
            var counts = new LinkedHashMap<String, Object>();
            counts.put("catalog", catalog);
            counts.put("selected", selected.size());
            counts.put("clauses", clauses.size());
            FrameworkInfo info = data.framework(profileId, profile.title());
            var calls = new ArrayList<>(List.of(
                    new CypherCall("import/frameworks-merge", Map.of("frameworks", List.of(GraphWriter.parameters(info)))),
                    new CypherCall("import/profile-clauses-merge", Map.of("profile", profileId, "catalog", catalog, "clauses", clauses))));
            calls.addAll(GraphWriter.linkParents(clauses));
            var source = ReferenceData.source(ReferenceData.sourceIdOf(KIND, profileId), KIND, file, profile.title(),
                    request.content(), request.provenance());
            return data.write(source, List.of(), calls, counts, profile.problems(), started);
        });
    }

    /** The imported catalogs holding every one of these controls. */
    private List<String> catalogsHolding(Set<String> selected) {
        return data.read("import/catalogs-holding", Map.of("ids", List.copyOf(selected))).stream()
                .filter(r -> ((Number) r.get("held")).longValue() == selected.size()).map(r -> (String) r.get("framework")).toList();
    }

    private List<Map<String, Object>> profileClauses(String profileId, String catalog, Set<String> selected, String file) {
        List<Map<String, Object>> rows = data.read("import/profile-selection", Map.of("catalog", catalog, "ids", List.copyOf(selected)));
        if (rows.size() < selected.size()) {
            var found = rows.stream().map(r -> r.get("sourceId")).toList();
            throw new ImportRejectedException(file + ": catalog " + catalog + " has no control "
                    + selected.stream().filter(id -> !found.contains(id)).limit(10).toList());
        }
        Map<String, Map<String, Object>> clauses = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put((String) r.get("sourceId"), r));
        for (String id : selected) {
            Map<String, Object> row = byId.get(id);
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
}
