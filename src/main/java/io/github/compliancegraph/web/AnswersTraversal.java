package io.github.compliancegraph.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler answers from this traversal of {@code cypher/traversals} and takes its parameters
 * from the query string as the file's header declares them, so the API document lists them from
 * that header ({@link TraversalParameterDocs}) and the handler declares none of them for show.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswersTraversal {

    /** The traversal, by its file's name. */
    String value();

    /** The header's parameters the query string does not give: the handler sets them (from its path, or to a value of its own). */
    String[] setByHandler() default {};
}
