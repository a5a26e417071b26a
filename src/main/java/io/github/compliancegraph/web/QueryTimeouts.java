package io.github.compliancegraph.web;

import org.neo4j.driver.exceptions.ClientException;

/** Tells a query stopped by its timeout from one the database refused. */
public final class QueryTimeouts {

    /** Neo4j reports timeouts under this code, with a suffix saying whose timeout it was. */
    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

    private QueryTimeouts() {
    }

    public static boolean timedOut(ClientException e) {
        return e.code() != null && e.code().startsWith(TIMED_OUT);
    }
}
