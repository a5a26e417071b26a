package io.github.compliancegraph.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalParameter;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the query parameters of every {@link AnswersTraversal} handler from its traversal's
 * header, where they are declared once and where {@code TraversalRunner} checks them: name, type,
 * required, default, bounds, description, and the header's {@code :param} value as the example
 * where it is not the default. The summary names the traversal.
 */
@Component
class TraversalParameterDocs implements OperationCustomizer {

    private static final String QUERY = "query";

    private final TraversalCatalog catalog;

    TraversalParameterDocs(TraversalCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        AnswersTraversal answers = handler.getMethodAnnotation(AnswersTraversal.class);
        if (answers == null) {
            return operation;
        }
        Traversal traversal = catalog.find(answers.value()).orElseThrow(() -> new IllegalStateException(
                handler + " answers traversal " + answers.value() + ", which cypher/traversals does not have"));
        List<String> declared = traversal.parameters().stream().map(TraversalParameter::name).toList();
        Set<String> setByHandler = Set.of(answers.setByHandler());
        if (!declared.containsAll(setByHandler)) {
            throw new IllegalStateException(handler + " sets " + setByHandler + ", but " + traversal.name() + " takes " + declared);
        }
        var parameters = new ArrayList<>(Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of()));
        traversal.parameters().stream().filter(p -> !setByHandler.contains(p.name()))
                .forEach(p -> place(parameters, parameter(p, traversal.examples().get(p.name())), declared));
        String link = "(traversal: " + traversal.name() + ")";
        return operation.parameters(parameters).summary(operation.getSummary() == null ? link : operation.getSummary() + " " + link);
    }

    /** In place of the handler's own declaration of it, else before the first query parameter not in the header ({@code format}). */
    private static void place(List<Parameter> parameters, Parameter documented, List<String> declared) {
        int same = indexOf(parameters, p -> QUERY.equals(p.getIn()) && p.getName().equals(documented.getName()));
        if (same >= 0) {
            parameters.set(same, documented);
        } else {
            int other = indexOf(parameters, p -> QUERY.equals(p.getIn()) && !declared.contains(p.getName()));
            parameters.add(other >= 0 ? other : parameters.size(), documented);
        }
    }

    private static int indexOf(List<Parameter> parameters, Predicate<Parameter> test) {
        return IntStream.range(0, parameters.size()).filter(i -> test.test(parameters.get(i))).findFirst().orElse(-1);
    }

    private static Parameter parameter(TraversalParameter declared, String example) {
        Schema<?> schema = schema(declared.type());
        // the typed schema turns the header's text into a number where the type is integer; a value set, even null, is written
        if (declared.defaultValue() != null) {
            schema.setDefault(declared.defaultValue());
        }
        if (example != null && !example.equals(declared.defaultValue())) {
            schema.setExample(example);
        }
        if (declared.min() != null) {
            schema.setMinimum(BigDecimal.valueOf(declared.min()));
        }
        if (declared.max() != null) {
            schema.setMaximum(BigDecimal.valueOf(declared.max()));
        }
        return new Parameter().in(QUERY).name(declared.name()).required(declared.required())
                .description(declared.description()).schema(schema);
    }

    /** Whole numbers as the runner reads them (a long); any type but string, fulltext and integer is the kind of id the value names. */
    private static Schema<?> schema(String type) {
        return switch (type) {
            case "integer" -> new IntegerSchema().format("int64");
            case "string", "fulltext" -> new StringSchema();
            default -> new StringSchema().description(type + " id");
        };
    }
}
