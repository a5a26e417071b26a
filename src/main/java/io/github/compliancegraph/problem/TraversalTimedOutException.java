package io.github.compliancegraph.problem;

/** A traversal the app computes ran past the query timeout and was stopped; answered 503, like a Cypher one. */
public class TraversalTimedOutException extends RuntimeException {

    public TraversalTimedOutException(String what) {
        super(what + " ran longer than the query timeout (compliance.api.query-timeout) and was stopped");
    }
}
