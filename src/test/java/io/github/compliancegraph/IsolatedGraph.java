package io.github.compliancegraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test class that writes to its graph in ways other classes must not see, and so gets a
 * graph of its own, named: classes naming the same graph share one application context and its
 * embedded database, and classes naming none share the default one. Each name is one more context
 * to start (about half a minute with the bundled imports), so the suite's contexts are these names
 * plus the few classes that configure the app differently ({@link IsolatedGraphs} makes the name part
 * of Spring's context cache key).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IsolatedGraph {

    /** The graph's name, such as {@code providers}: the classes naming it share it. */
    String value();
}
