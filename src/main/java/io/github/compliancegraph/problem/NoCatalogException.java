package io.github.compliancegraph.problem;

/**
 * A question that needs a framework's assessable clauses, asked of a framework whose catalog is not
 * in the graph: answered 409, since importing the catalog lets the same request succeed, where an
 * empty answer would read as "nothing missing".
 */
public class NoCatalogException extends RuntimeException {

    public NoCatalogException(String framework) {
        super(framework + " has no assessable clauses in the graph: import its catalog first (POST /api/imports/{kind})");
    }
}
