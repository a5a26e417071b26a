package io.github.compliancegraph.problem;

import java.time.Duration;

/** The app is not ready yet (schema, or the first import of the bundled documents, still under way); answered 503 with Retry-After. */
public class NotReadyException extends RuntimeException {

    private final Duration retryAfter;

    public NotReadyException(Duration retryAfter) {
        super("not ready yet: importing the bundled documents; nothing is answered from a graph still being written. "
                + "Poll /actuator/health/readiness, or retry in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
