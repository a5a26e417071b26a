package io.github.compliancegraph.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.compliancegraph.mapping.Resolution;
import io.github.compliancegraph.mapping.ResolvedReference;

/**
 * What an import did, for every kind of file. A document (responsibility matrix, offering page,
 * table, OSCAL plan) reports counts per party (a statement shared by two parties counts for each), how
 * many statements the document binds to no party ("Not applicable"), framework and resolution status, every reference worth a second look (resolved by context,
 * ambiguous, not in the catalog, or kept as cited for want of a catalog) with its line, and every
 * problem the parser noted. Reference data (a catalog, profile or mapping set) reports its
 * {@code counts} (clauses, selected controls, mappings) and the documents' citations of its
 * framework that its catalog does not hold. Fields that do not apply to the kind are left out.
 * Printed, kept on an {@code (:ImportRun)} node, and served at {@code /api/imports}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(String source, String kind, String file, String sha256, String startedAt, long durationMs,
        Map<String, Object> counts, Integer controls, Map<String, Long> controlsByParty, Long sharedControls,
        Long notApplicableControls, Map<String, Map<String, Long>> referencesByFramework,
        Map<String, Long> referencesByResolution, List<ListedReference> listedReferences,
        List<Map<String, Object>> citedButNotInCatalog, List<Problem> problems) {

    /** A reference the report lists individually. */
    public record ListedReference(int line, String section, String control, String asWritten, String target,
            String resolution) {
    }

    static ImportReport of(SourceGraph graph, Instant startedAt, long durationMs) {
        var controls = graph.controls();
        List<Cited> cited = controls.stream()
                .flatMap(c -> c.references().stream().map(r -> new Cited(c, r)))
                .toList();
        return new ImportReport(graph.source().id(), graph.source().kind(), graph.source().file(), graph.source().sha256(),
                startedAt.toString(), durationMs, null, controls.size(),
                controls.stream().flatMap(c -> Stream.of(c.party(), c.sharedWith()).filter(Objects::nonNull))
                        .collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting())),
                controls.stream().filter(c -> c.sharedWith() != null).count(),
                controls.stream().filter(ControlRecord::notApplicable).count(),
                cited.stream().collect(Collectors.groupingBy(c -> c.reference.framework(), TreeMap::new,
                        Collectors.groupingBy(c -> c.reference.resolution().label(), TreeMap::new, Collectors.counting()))),
                cited.stream().collect(Collectors.groupingBy(c -> c.reference.resolution().label(), TreeMap::new,
                        Collectors.counting())),
                cited.stream().filter(c -> c.reference.resolution().worthListing())
                        .map(c -> new ListedReference(c.control.line(), c.control.section(), c.control.uid(),
                                c.reference.cited().asWritten(), c.reference.target(), c.reference.resolution().label()))
                        .toList(),
                null, graph.problems());
    }

    /** The report of a catalog, profile or mapping set import. */
    public static ImportReport ofReferenceData(ImportedSource source, Instant startedAt, long durationMs, Map<String, Object> counts,
            List<Problem> problems, List<Map<String, Object>> citedButNotInCatalog) {
        return new ImportReport(source.id(), source.kind(), source.file(), source.sha256(), startedAt.toString(), durationMs,
                counts, null, null, null, null, null, null, null, citedButNotInCatalog, problems);
    }

    /** The report as a few readable lines, for the console. */
    public String summary() {
        var text = new StringBuilder()
                .append("Imported ").append(source).append(" (").append(file).append(") read in ").append(durationMs).append(" ms: ")
                .append(controls).append(" controls ").append(controlsByParty)
                .append(sharedControls > 0 ? ", " + sharedControls + " of them shared" : "")
                .append(notApplicableControls > 0 ? ", " + notApplicableControls + " bound to no party (not applicable)" : "")
                .append('\n')
                .append("  references by framework: ").append(referencesByFramework).append('\n');
        listedReferences.stream().filter(r -> !r.resolution().equals(Resolution.UNCATALOGUED.label()))
                .forEach(r -> text.append("  line ").append(r.line()).append(" §").append(r.section())
                        .append(": '").append(r.asWritten()).append("' -> ").append(r.target())
                        .append(" [").append(r.resolution()).append("]\n"));
        long uncatalogued = listedReferences.size() - listedReferences.stream()
                .filter(r -> !r.resolution().equals(Resolution.UNCATALOGUED.label())).count();
        if (uncatalogued > 0) {
            text.append("  ").append(uncatalogued).append(" references kept as cited because their framework's catalog ")
                    .append("is not in the graph yet (listed in the report served at /api/imports/").append(source).append(")\n");
        }
        problems.forEach(p -> text.append("  line ").append(p.line()).append(": ").append(p.message()).append('\n'));
        return text.toString().stripTrailing();
    }

    private record Cited(ControlRecord control, ResolvedReference reference) {
    }
}
