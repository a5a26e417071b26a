package io.github.compliancegraph.responsibility;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/** Providers compared clause by clause on one framework (traversal: compare), for the API and the explorer. */
@Component
public class ProviderComparisons {

    static final int MAX_PROVIDERS = 10;

    private final TraversalRunner traversals;

    ProviderComparisons(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /** @param providers provider party ids, comma-separated */
    public ProviderComparison compare(String framework, String providers) {
        List<String> ids = providers(providers);
        TraversalResult<ComparedClause> result = traversals.run("compare", Map.of("framework", framework,
                "providers", String.join(",", ids), "limit", "20000"), ComparedClause.class);
        return ProviderComparison.of(framework, ids, result);
    }

    /** Every party that can be compared: those whose role is provider. */
    public List<String> providerIds() {
        return traversals.ids("lookups/provider-ids");
    }

    /** The ids asked for, each a provider party, in the order given, without repeats. */
    private List<String> providers(String providers) {
        List<String> ids = Arrays.stream(providers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_PROVIDERS) {
            throw new InvalidParameterException("providers", "give 1 to " + MAX_PROVIDERS + " provider ids, comma-separated");
        }
        ids.forEach(id -> traversals.requireListed("providers", id, "lookups/provider-ids"));
        return ids;
    }
}
