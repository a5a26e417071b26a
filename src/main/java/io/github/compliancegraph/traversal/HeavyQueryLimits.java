package io.github.compliancegraph.traversal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many heavy queries (coverage, crosswalks, comparisons, the overview) run at once, and how
 * long one may wait for its turn before it is answered 503 with Retry-After.
 *
 * @param concurrency at most this many at once; 0 (the default): half the processors, at least one,
 *                    so that on 2 cores one core stays free for every other request
 * @param queueWait   the longest a heavy query waits for its turn
 */
@ConfigurationProperties("compliance.api.heavy")
public record HeavyQueryLimits(@DefaultValue("0") int concurrency, @DefaultValue("1s") Duration queueWait) {

    int permits() {
        return concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
