package io.github.compliancegraph.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.UnknownValueException;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/**
 * The providers a party builds on, as a document's manifest or options declare them ({@code buildsOn}) or a
 * system's declaration: checked against the graph (each a provider, no loop) before anything is written.
 */
@Component
public class BuildsOn {

    static final String PARAMETER = "buildsOn";

    private final TraversalRunner traversals;

    BuildsOn(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /** The statement writing what the document's provider builds on, if its manifest says. */
    Optional<CypherCall> declaredBy(SourceManifest manifest) {
        if (manifest.buildsOn().isEmpty()) {
            return Optional.empty();
        }
        requireProviders(manifest.provider(), manifest.buildsOn());
        return Optional.of(new CypherCall("import/builds-on-merge", Map.of("party", manifest.provider(),
                "buildsOn", manifest.buildsOn(), "source", manifest.id(),
                "evidence", "buildsOn in the manifest or the import options of " + manifest.id())));
    }

    /**
     * Refuses unless every id names a provider already in the graph, other than the party itself, and
     * none of them builds, directly or not, on the party (a chain never loops).
     */
    public void requireProviders(String party, List<String> ids) {
        List<String> providers = traversals.ids("lookups/provider-ids");
        for (String id : ids) {
            if (id.equals(party)) {
                throw new InvalidParameterException(PARAMETER, party + " cannot build on itself");
            }
            if (!providers.contains(id)) {
                throw new UnknownValueException(PARAMETER, id, providers);
            }
            if (traversals.ids("lookups/builds-on-below", Map.of("party", id)).contains(party)) {
                throw new InvalidParameterException(PARAMETER, id + " already builds on " + party
                        + " (directly or through others); a chain of providers cannot loop");
            }
        }
    }
}
