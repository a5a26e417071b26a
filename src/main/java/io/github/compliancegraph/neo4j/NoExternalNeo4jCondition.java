package io.github.compliancegraph.neo4j;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when the user has not pointed {@code spring.neo4j.uri} at a server of their own. */
class NoExternalNeo4jCondition extends SpringBootCondition {

    static final String URI_PROPERTY = "spring.neo4j.uri";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty(URI_PROPERTY);
        return StringUtils.hasText(uri)
                ? ConditionOutcome.noMatch(URI_PROPERTY + " is set to " + uri + ": using that server")
                : ConditionOutcome.match(URI_PROPERTY + " is not set: starting embedded Neo4j");
    }
}
