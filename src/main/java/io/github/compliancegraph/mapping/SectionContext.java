package io.github.compliancegraph.mapping;

import java.util.Set;

/**
 * Which part of a framework with an Annex A (ISO/IEC 27001) a bare clause number means, by the
 * section of the citing document it appears in.
 */
public record SectionContext(Set<Integer> mainBody, Set<Integer> annexA) {

    public static final SectionContext NONE = new SectionContext(Set.of(), Set.of());

    public enum Part { MAIN_BODY, ANNEX_A, UNKNOWN }

    public SectionContext {
        mainBody = mainBody == null ? Set.of() : Set.copyOf(mainBody);
        annexA = annexA == null ? Set.of() : Set.copyOf(annexA);
    }

    public Part partFor(int section) {
        if (annexA.contains(section)) {
            return Part.ANNEX_A;
        }
        return mainBody.contains(section) ? Part.MAIN_BODY : Part.UNKNOWN;
    }
}
