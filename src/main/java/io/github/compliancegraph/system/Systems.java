package io.github.compliancegraph.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.BuildsOn;
import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.GraphWriter;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** Customers' own systems: declared with the providers they build on, listed, and their chains read back. */
@Component
public class Systems {

    static final int MAX_PROVIDERS = 10;
    private static final String ID = "[a-z0-9][a-z0-9._-]{0,63}";

    private final TraversalRunner traversals;
    private final BuildsOn buildsOn;
    private final GraphWriter writer;
    private final ImportService imports;

    Systems(TraversalRunner traversals, BuildsOn buildsOn, GraphWriter writer, ImportService imports) {
        this.traversals = traversals;
        this.buildsOn = buildsOn;
        this.writer = writer;
        this.imports = imports;
    }

    /** Creates the system, or replaces what an earlier declaration said of it, in one transaction. */
    public SystemChain declare(SystemDeclaration declaration) {
        String id = declaration.id();
        if (id == null || !id.matches(ID)) {
            throw new InvalidParameterException("id", "required: lower-case letters, digits, '.', '-' or '_' (as in health-records-app)");
        }
        if (declaration.name() == null || declaration.name().isBlank()) {
            throw new InvalidParameterException("name", "required: what people call the system");
        }
        List<String> providers = declaration.buildsOn() == null ? List.of()
                : declaration.buildsOn().stream().map(String::strip).distinct().toList();
        if (providers.isEmpty() || providers.size() > MAX_PROVIDERS) {
            throw new InvalidParameterException("buildsOn", "give 1 to " + MAX_PROVIDERS + " provider ids the system is built on");
        }
        if (traversals.ids("lookups/party-ids").contains(id) && !traversals.ids("lookups/system-ids").contains(id)) {
            throw new InvalidParameterException("id", "'" + id + "' is already a party of the documents (a provider or a customer); "
                    + "choose another id for the system");
        }
        return imports.exclusively(() -> {
            buildsOn.requireProviders(id, providers);
            var system = new HashMap<String, Object>();
            system.put("id", id);
            system.put("name", declaration.name().strip());
            system.put("description", declaration.description());
            writer.write(List.of(new CypherCall("import/system-declare", Map.of("system", system, "buildsOn", providers,
                    "source", "api:systems", "evidence", "declared through POST /api/systems at "
                            + Instant.now().truncatedTo(ChronoUnit.SECONDS)))));
            return chain(id);
        });
    }

    /** Every system with the providers it builds on (the traversal's largest page: its default is 100). */
    public List<SystemSummary> list() {
        return traversals.run("systems", Map.of("limit", "1000"), SystemSummary.class).rows();
    }

    /** The system and every provider under it, with the BUILDS_ON edges between them. */
    public SystemChain chain(String id) {
        traversals.requireListed("system", id, "lookups/system-ids");
        return SystemChain.of(id, traversals.run("system-chain", Map.of("system", id), SystemChain.Edge.class).rows());
    }
}
