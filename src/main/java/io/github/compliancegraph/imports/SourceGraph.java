package io.github.compliancegraph.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one document contributes to the graph, ready to be written in one transaction.
 *
 * @param extras   statements particular to the kind of document (framework relations of an offering page)
 * @param problems what was repaired, skipped or unreadable, for the report
 */
public record SourceGraph(ImportedSource source, List<PartyRecord> parties, List<ControlRecord> controls,
        List<CypherCall> extras, List<Problem> problems) {

    public SourceGraph withExtra(CypherCall call) {
        var more = new ArrayList<>(extras);
        more.add(call);
        return new SourceGraph(source, parties, controls, List.copyOf(more), problems);
    }
}
