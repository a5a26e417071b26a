package io.github.compliancegraph.traversal;

/**
 * A parameter a traversal declares in its header, as
 * {@code // @param name type (required)} or {@code // @param name type = default [min..max] description}.
 *
 * @param type {@code string}, {@code integer}, or the kind of graph id it must name:
 *             {@code framework}, {@code party}, {@code system}, {@code topic}, {@code clause}
 */
public record TraversalParameter(String name, String type, boolean required, String defaultValue, Long min, Long max,
        String description) {

    /** A value as the query takes it: whole numbers for integer parameters, whichever form they came in. */
    Object typed(Object value) {
        if (value instanceof String text && type.equals("integer") && text.strip().matches("-?\\d{1,18}")) {
            return Long.valueOf(text.strip());
        }
        return value;
    }
}
