package io.github.compliancegraph.mapping;

/**
 * A clause-to-clause mapping in the sense of NIST IR 8477 and the OSCAL mapping model.
 *
 * @param relationship {@code equal}, {@code subset-of}, {@code superset-of}, {@code intersects-with}
 *                     or {@code no-relationship}
 * @param rationale    {@code syntactic}, {@code semantic}, {@code functional}, or null when not given
 * @param strength     0 to 10, or null when not given
 * @param source       where the mapping comes from (a mapping-set id, "co-citation", ...)
 */
public record ClauseMapping(String sourceFramework, String sourceRef, String targetFramework, String targetRef,
        String relationship, String rationale, Integer strength, String source) {
}
