package io.github.compliancegraph.traversal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.compliancegraph.problem.BusyException;
import org.springframework.stereotype.Component;

/**
 * Runs heavy queries a few at a time ({@link HeavyQueryLimits}). One arriving when all turns are
 * taken waits at most the configured time, then is refused with {@link BusyException} (a 503 with
 * Retry-After) instead of queueing until its timeout; cheap reads never wait here.
 */
@Component
public class HeavyQueries {

    private final Semaphore turns;
    private final HeavyQueryLimits limits;
    private final TraversalMetrics metrics;

    HeavyQueries(HeavyQueryLimits limits, TraversalMetrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
        this.turns = new Semaphore(limits.permits(), true);
    }

    public <T> T run(String what, Supplier<T> query) {
        return metrics.timed(what, () -> {
            try {
                if (!turns.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    metrics.refused();
                    throw new BusyException(what, limits.permits(), limits.queueWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException(what, limits.permits(), limits.queueWait());
            }
            try {
                return query.get();
            } finally {
                turns.release();
            }
        });
    }
}
