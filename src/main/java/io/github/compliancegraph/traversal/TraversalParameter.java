package io.github.compliancegraph.traversal;

/**
 * A parameter a traversal declares in its header, as
 * {@code // @param name type (required)} or {@code // @param name type = default [min..max] description}.
 *
 * @param type {@code string}, {@code integer}, or the kind of graph id it must name:
 *             {@code framework}, {@code party}, {@code topic}, {@code clause}
 */
public record TraversalParameter(String name, String type, boolean required, String defaultValue, Long min, Long max,
        String description) {
}
