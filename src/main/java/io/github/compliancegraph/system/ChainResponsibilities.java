package io.github.compliancegraph.system;

import java.util.Map;

import io.github.compliancegraph.problem.NoCatalogException;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** Who holds each clause of a framework for a system along its chain of providers (traversal: system-responsibilities). */
@Component
public class ChainResponsibilities {

    static final String TRAVERSAL = "system-responsibilities";

    private final TraversalRunner traversals;
    private final Systems systems;

    ChainResponsibilities(TraversalRunner traversals, Systems systems) {
        this.traversals = traversals;
        this.systems = systems;
    }

    public SystemResponsibilities of(String system, String framework) {
        SystemChain chain = systems.chain(system);
        TraversalResult<HeldClause> result = traversals.run(TRAVERSAL, Map.of("system", system, "framework", framework,
                "limit", "20000"), HeldClause.class);
        if (result.rows().isEmpty()) {
            throw new NoCatalogException(framework);
        }
        return SystemResponsibilities.of(chain, framework, result);
    }
}
