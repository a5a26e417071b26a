package io.github.compliancegraph.imports.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importer;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.ReferenceData;
import io.github.compliancegraph.imports.TextDecoding;
import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.mapping.ClauseMapping;
import org.springframework.stereotype.Component;

/**
 * A mapping set in the plain CSV format (source, target, relationship, rationale, strength), as the
 * set of the {@code mapping-set} option. Mappings naming a clause not in the graph are skipped and reported.
 */
@Component
public class CsvMappingsImporter implements Importer {

    private final ReferenceData data;

    CsvMappingsImporter(ReferenceData data) {
        this.data = data;
    }

    @Override
    public String kind() {
        return "csv-mappings";
    }

    @Override
    public ImportReport importFile(ImportRequest request) {
        String mappingSet = request.id("mapping-set");
        return data.exclusively(() -> {
            Instant started = Instant.now();
            List<ClauseMapping> mappings = new CsvReferenceParser().mappings(TextDecoding.decode(request.content(), request.file()),
                    mappingSet);
            var uids = new LinkedHashSet<String>();
            mappings.forEach(m -> {
                uids.add(ClauseIds.uid(m.sourceFramework(), m.sourceRef()));
                uids.add(ClauseIds.uid(m.targetFramework(), m.targetRef()));
            });
            Set<String> existing = data.existingClauses(uids);
            var problems = new ArrayList<Problem>();
            uids.stream().filter(u -> !existing.contains(u))
                    .forEach(u -> problems.add(new Problem(0, "clause " + u + " is not in the graph; its mappings are skipped")));
            var edges = mappings.stream()
                    .map(m -> ReferenceData.mappingEdge(ClauseIds.uid(m.sourceFramework(), m.sourceRef()),
                            ClauseIds.uid(m.targetFramework(), m.targetRef()), m.relationship(), m.rationale(), m.strength()))
                    .filter(e -> existing.contains(e.get("from")) && existing.contains(e.get("to"))).toList();
            var source = ReferenceData.source(mappingSet, "csv-mappings", request.file(), mappingSet, request.content(),
                    request.provenance());
            return data.write(source, List.of(),
                    List.of(new CypherCall("import/clause-mappings-merge", Map.of("source", mappingSet, "mappings", edges))),
                    Map.of("mappings", edges.size(), "skipped", mappings.size() - edges.size()), problems, started);
        });
    }
}
