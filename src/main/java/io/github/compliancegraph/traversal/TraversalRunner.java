package io.github.compliancegraph.traversal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.neo4j.ConsistentReads;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.UnknownValueException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs named traversals: checks each parameter against the traversal's header (type, bounds),
 * then runs the file's Cypher unchanged, with those values as parameters, in a read transaction
 * with a timeout, or asks the {@link ComputedTraversal} that answers for it; a heavy traversal
 * (header {@code // @heavy}) waits for its turn in {@link HeavyQueries}. An empty answer is checked
 * for ids that name nothing. A feature reads a traversal's rows as the record it owns for them
 * ({@link TraversalRow}); only readers of any traversal (the API's and the explorer's traversal
 * runners) take them as column-to-value maps.
 */
@Component
public class TraversalRunner {

    public static final int MAX_TEXT_LENGTH = 500;
    /** A string handed to a full-text index, whose syntax errors are reported against it. */
    static final String FULLTEXT = "fulltext";
    private static final Map<String, String> ID_LOOKUPS = Map.of(
            "framework", "lookups/framework-ids", "party", "lookups/party-ids", "topic", "lookups/topic-ids",
            "system", "lookups/system-ids");

    private final TraversalCatalog catalog;
    private final CypherFiles cypher;
    private final Driver driver;
    private final ConsistentReads consistency;
    private final TransactionConfig readConfig;
    private final ObjectProvider<ComputedTraversal<?>> computed;
    private final HeavyQueries heavy;
    private final TraversalMetrics metrics;

    TraversalRunner(TraversalCatalog catalog, CypherFiles cypher, Driver driver, ConsistentReads consistency,
            QueryLimits limits, ObjectProvider<ComputedTraversal<?>> computed,
            HeavyQueries heavy, TraversalMetrics metrics) {
        this.catalog = catalog;
        this.cypher = cypher;
        this.driver = driver;
        this.consistency = consistency;
        this.readConfig = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
        this.computed = computed;
        this.heavy = heavy;
        this.metrics = metrics;
    }

    public Traversal traversal(String name) {
        return catalog.find(name).orElseThrow(() -> new UnknownValueException("traversal", name,
                catalog.all().stream().map(Traversal::name).toList()));
    }

    /**
     * Rows of a traversal as its row record, given its parameters as the strings a URL carries. An
     * id naming nothing can only give an empty answer, so ids are looked up only then, to tell a 404
     * from "no rows".
     *
     * @param rowType the record whose {@link TraversalRow} names this traversal
     */
    public <R extends Record> TraversalResult<R> run(String name, Map<String, String> given, Class<R> rowType) {
        TraversalRow row = rowType.getAnnotation(TraversalRow.class);
        if (row == null || !row.value().equals(name)) {
            throw new IllegalArgumentException(rowType.getName() + " is not annotated @TraversalRow(\"" + name + "\")");
        }
        TraversalResult<?> answer = answer(name, given);
        return new TraversalResult<>(name, answer.parameters(), TraversalRows.as(answer.rows(), rowType));
    }

    /** Rows of any traversal as column-to-value maps, columns in the file's order, for readers that know none in particular. */
    public TraversalResult<Map<String, Object>> run(String name, Map<String, String> given) {
        TraversalResult<?> answer = answer(name, given);
        return new TraversalResult<>(name, answer.parameters(), TraversalRows.of(answer.rows()));
    }

    /** The rows as the file's Cypher (maps) or the computed traversal (records) gives them. */
    private TraversalResult<?> answer(String name, Map<String, String> given) {
        Traversal traversal = traversal(name);
        Map<String, Object> parameters = parameters(traversal, given);
        List<?> rows = traversal.heavy() ? heavy.run(name, () -> rows(traversal, parameters))
                : metrics.timed(name, () -> rows(traversal, parameters));
        if (rows.isEmpty()) {
            requireKnownIds(traversal, parameters);
        }
        return new TraversalResult<>(name, parameters, rows);
    }

    /** A traversal's parameter values as its query takes them, checked against its header, defaults filled in. */
    public Map<String, Object> parameters(String name, Map<String, String> given) {
        return parameters(traversal(name), given);
    }

    /** Refuses, as unknown, any id among these parameter values that names nothing in the graph. */
    public void requireKnownIds(String name, Map<String, Object> parameters) {
        requireKnownIds(traversal(name), parameters);
    }

    private List<?> rows(Traversal traversal, Map<String, Object> parameters) {
        var answering = computed.stream().filter(c -> c.traversal().equals(traversal.name())).findFirst();
        if (answering.isPresent()) {
            return answering.get().rows(parameters);
        }
        try {
            return read(traversal.cypher(), parameters);
        } catch (ClientException e) {
            throw asParameterProblem(traversal, e);
        }
    }

    Map<String, Object> parameters(Traversal traversal, Map<String, String> given) {
        Set<String> declared = traversal.parameters().stream().map(TraversalParameter::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : given.keySet()) {
            if (!declared.contains(key)) {
                throw new InvalidParameterException(key, "not a parameter of " + traversal.name() + " (it takes "
                        + String.join(", ", declared) + ")");
            }
        }
        var values = new LinkedHashMap<String, Object>();
        for (TraversalParameter p : traversal.parameters()) {
            String raw = given.get(p.name());
            if (raw == null || raw.isBlank()) {
                if (p.required()) {
                    throw new InvalidParameterException(p.name(), "required (" + p.description() + ")");
                }
                raw = p.defaultValue();
            }
            values.put(p.name(), raw == null ? null : convert(p, raw.strip()));
        }
        return values;
    }

    private Object convert(TraversalParameter p, String raw) {
        if (raw.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException(p.name(), "longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (p.type().equals("integer")) {
            long value;
            try {
                value = Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(p.name(), "'" + raw + "' is not a whole number");
            }
            if ((p.min() != null && value < p.min()) || (p.max() != null && value > p.max())) {
                throw new InvalidParameterException(p.name(), value + " is outside " + p.min() + ".." + p.max());
            }
            return value;
        }
        return raw;
    }

    /** The ids a lookup in {@code cypher/lookups} lists, such as {@code lookups/provider-ids}. */
    public List<String> ids(String lookup) {
        return ids(lookup, Map.of());
    }

    /** The ids a lookup lists for these parameters, such as {@code lookups/builds-on-below} for a party. */
    public List<String> ids(String lookup, Map<String, Object> parameters) {
        return lookup(lookup, parameters).stream().map(r -> (String) r.get("id")).toList();
    }

    /** Refuses, as unknown, an id the lookup does not list, such as a provider that is none. */
    public void requireListed(String parameter, String id, String lookup) {
        List<String> ids = ids(lookup);
        if (!ids.contains(id)) {
            throw new UnknownValueException(parameter, id, ids);
        }
    }

    /** The rows of a read-only statement of {@code cypher/} other than a traversal, read like a traversal's. */
    public List<Map<String, Object>> lookup(String name, Map<String, Object> parameters) {
        return read(cypher.get(name), parameters);
    }

    private void requireKnownIds(Traversal traversal, Map<String, Object> parameters) {
        for (TraversalParameter p : traversal.parameters()) {
            Object value = parameters.get(p.name());
            String lookup = ID_LOOKUPS.get(p.type());
            if (value == null) {
                continue;
            }
            if (lookup != null) {
                List<String> ids = ids(lookup);
                if (!ids.contains(value)) {
                    throw new UnknownValueException(p.name(), (String) value, ids);
                }
            } else if (p.type().equals("clause") && read(cypher.get("lookups/clause-exists"), Map.of("uid", value)).isEmpty()) {
                throw new UnknownValueException(p.name(), (String) value, List.of());
            }
        }
    }

    private List<Map<String, Object>> read(String statement, Map<String, Object> parameters) {
        return consistency.read(() -> {
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run(statement, parameters).list(r -> r.asMap()), readConfig);
            }
        });
    }

    /** A full-text query Lucene cannot parse fails inside the procedure; that is the caller's 400. */
    private static RuntimeException asParameterProblem(Traversal traversal, ClientException e) {
        var fulltext = traversal.parameters().stream().filter(p -> p.type().equals(FULLTEXT)).findFirst();
        if (fulltext.isPresent() && String.valueOf(e.code()).contains("ProcedureCallFailed")) {
            return new InvalidParameterException(fulltext.get().name(),
                    "not a valid full-text query (Lucene syntax): " + parserComplaint(e.getMessage()));
        }
        return e;
    }

    /** What the query parser said, without the class names of the exceptions that carried it. */
    private static String parserComplaint(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.replaceFirst("^.*\\b\\w*Exception:\\s*", "");
    }
}
