package io.github.compliancegraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.compliancegraph.framework.FrameworkDetail;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.Framework;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.SourceDocument;
import io.github.compliancegraph.system.SystemChain.Edge;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** Gathers a system's own plan: who holds each clause along its chain, and the providers' documents behind it. */
@Component
class SystemPlans {

    private final ChainResponsibilities responsibilities;
    private final TraversalRunner traversals;

    SystemPlans(ChainResponsibilities responsibilities, TraversalRunner traversals) {
        this.responsibilities = responsibilities;
        this.traversals = traversals;
    }

    /** Refuses an unknown system or framework (404) and a framework without assessable clauses (409), as the responsibilities do. */
    SystemPlan of(String system, String framework) {
        SystemResponsibilities held = responsibilities.of(system, framework);
        Framework edition = Framework.of(traversals.run("framework", Map.of("framework", framework), FrameworkDetail.class).single());
        var sourceIds = new HashMap<String, String>();
        traversals.lookup("lookups/clause-source-ids", Map.of("framework", framework))
                .forEach(r -> sourceIds.put((String) r.get("uid"), (String) r.get("sourceId")));
        List<Edge> edges = held.chain().edges();
        List<SystemPlan.Provider> providers = held.chain().providers().stream()
                .map(id -> new SystemPlan.Provider(id, edges.stream().filter(e -> e.to().equals(id)).map(Edge::toName)
                        .filter(Objects::nonNull).findFirst().orElse(id), sources(id)))
                .toList();
        String name = edges.stream().filter(e -> e.from().equals(system)).map(Edge::fromName)
                .filter(Objects::nonNull).findFirst().orElse(system);
        List<PlanEntry> entries = held.clauses().stream()
                .map(c -> PlanEntry.of(c, SharedResponsibilitySsp.controlId(c.ref(), sourceIds.get(c.clause()))))
                .toList();
        return new SystemPlan(system, name, edition, providers, entries, held.totals());
    }

    private List<SourceDocument> sources(String provider) {
        return traversals.lookup("lookups/provider-sources", Map.of("provider", provider)).stream().map(SourceDocument::of).toList();
    }
}
