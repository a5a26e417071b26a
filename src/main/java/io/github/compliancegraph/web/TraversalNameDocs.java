package io.github.compliancegraph.web;

import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/** Documents a {@link TraversalName} argument as one of the names the catalog read at startup. */
@Component
class TraversalNameDocs implements ParameterCustomizer {

    private final TraversalCatalog catalog;

    TraversalNameDocs(TraversalCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Parameter customize(Parameter parameter, MethodParameter argument) {
        if (parameter != null && argument.hasParameterAnnotation(TraversalName.class)) {
            parameter.setSchema(new StringSchema()._enum(catalog.all().stream().map(Traversal::name).toList()));
        }
        return parameter;
    }
}
