package io.github.compliancegraph.imports.cisoassistant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.RequirementClauses;
import io.github.compliancegraph.imports.TextDecoding;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.springframework.stereotype.Component;

/**
 * A CISO Assistant library: its framework becomes a catalog, its mapping sets clause mappings. A mapping
 * with a requirement found neither by urn nor by framework and ref ({@link RequirementClauses}) is
 * skipped and reported. A library of mapping sets only, not one of whose mappings resolves, is refused:
 * it would import nothing. One with a framework is not, since its catalog stands on its own.
 */
@Component
public class CisoAssistantImporter implements Importer {

    private final ReferenceData data;
    private final RequirementClauses requirements;

    CisoAssistantImporter(ReferenceData data, RequirementClauses requirements) {
        this.data = data;
        this.requirements = requirements;
    }

    @Override
    public String kind() {
        return "ciso-assistant";
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String file = request.file();
        return data.exclusively(() -> {
            Instant started = Instant.now();
            ParsedLibrary library = new CisoAssistantLibraryParser().parse(TextDecoding.decode(request.content(), file));
            var counts = new LinkedHashMap<String, Object>();
            var problems = new ArrayList<>(library.problems());
            var catalogs = library.frameworks().stream().map(data::registeredAs).toList();
            catalogs.forEach(c -> counts.putAll(ReferenceData.catalogCounts(c)));
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
            var source = ReferenceData.source(sourceId(library.urn()), "ciso-assistant-library", file, library.name(),
                    request.content(), request.provenance());
            return data.write(source, catalogs, calls, counts, problems, started);
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
                .map(m -> ReferenceData.mappingEdge(uids.get(m.sourceUrn()), uids.get(m.targetUrn()), m.relationship(),
                        m.rationale(), m.strength()))
                .toList();
        return new ResolvedSet(set, edges, urns.stream().filter(urn -> !uids.containsKey(urn)).toList());
    }

    private static String sourceId(String urn) {
        return urn == null ? "ciso-assistant-library" : urn.substring(urn.lastIndexOf(':') + 1);
    }
}
