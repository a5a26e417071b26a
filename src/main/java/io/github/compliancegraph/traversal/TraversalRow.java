package io.github.compliancegraph.traversal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the row of a named traversal: its components are the columns of
 * {@code cypher/traversals/<value>.cypher}, by name and in the order the file returns them.
 *
 * <p>The feature that reads a traversal owns its row record and says here which traversal it
 * reads, so the engine links a traversal to its record without knowing any feature: it takes the
 * record from its reader ({@link TraversalRunner#run(String, java.util.Map, Class)}) and checks that
 * the record names that traversal, and {@code TraversalFilesTest} finds every record by this
 * annotation on the classpath and compares its components with the columns the file gives. A
 * renamed column, or component, fails that test.
 *
 * <p>A column holding a Cypher map, or a list of them, stays a {@code Map} in the record where the
 * API hands it on: Neo4j gives a map's keys in an order of its own, which the API's JSON keeps.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TraversalRow {

    /** The traversal, by its file's name ({@code coverage} for {@code cypher/traversals/coverage.cypher}). */
    String value();
}
