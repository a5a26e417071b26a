package io.github.compliancegraph.problem;

import java.time.Duration;

/** Every turn for heavy queries was taken for longer than a query may wait; answered 503 with Retry-After. */
public class BusyException extends RuntimeException {

    private final Duration retryAfter;

    public BusyException(String what, int turns, Duration waited) {
        super(what + " not started: " + turns + " heavy quer" + (turns == 1 ? "y runs" : "ies run")
                + " at most at once (compliance.api.heavy.concurrency), and none ended within " + waited.toMillis() + " ms; try again shortly");
        this.retryAfter = Duration.ofSeconds(Math.max(1, waited.toSeconds()));
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
