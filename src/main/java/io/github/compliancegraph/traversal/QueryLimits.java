package io.github.compliancegraph.traversal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the API's reads may run ({@code compliance.api}; the limit on heavy ones is
 * {@link HeavyQueryLimits}).
 *
 * @param queryTimeout    longest an API query may run; past it the query is stopped and the answer is a 503
 * @param snapshotTimeout longest the in-memory mapping snapshot of coverage and crosswalks may take to be read
 *                        again after the graph changed
 */
@ConfigurationProperties("compliance.api")
public record QueryLimits(@DefaultValue("10s") Duration queryTimeout, @DefaultValue("2m") Duration snapshotTimeout) {
}
