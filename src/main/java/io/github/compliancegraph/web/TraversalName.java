package io.github.compliancegraph.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The handler's argument names a traversal of {@code cypher/traversals}: the API document lists the names ({@link TraversalNameDocs}). */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface TraversalName {
}
