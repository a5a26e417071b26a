package io.github.compliancegraph.mapping;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches cited references to catalog clauses. Catalogs are the clause refs already in the graph
 * per framework. A bare number that exists both in a framework's main body and in its Annex A
 * ("6.1.3") is read through the section context of the citing document.
 */
public final class ReferenceResolver {

    static final String ANNEX = "A.";
    /** A NIST SP 800-53 family ("AC"): no other framework writes a clause ref as two capitals. */
    private static final Pattern FAMILY = Pattern.compile("[A-Z]{2}");

    private final Map<String, Set<String>> catalogs;
    private final SectionContext context;

    public ReferenceResolver(Map<String, Set<String>> catalogs, SectionContext context) {
        this.catalogs = catalogs;
        this.context = context;
    }

    public ResolvedReference resolve(CitedReference cited, int section) {
        if (cited.frameworkLevel()) {
            return new ResolvedReference(cited, null, Resolution.FRAMEWORK);
        }
        Set<String> catalog = catalogs.getOrDefault(cited.framework(), Set.of());
        String ref = cited.ref();
        if (catalog.isEmpty()) {
            return new ResolvedReference(cited, ref, Resolution.UNCATALOGUED);
        }
        boolean asWritten = catalog.contains(ref);
        if (asWritten && FAMILY.matcher(ref).matches()) {
            return new ResolvedReference(cited, ref, Resolution.FAMILY);
        }
        boolean inAnnex = !ref.startsWith(ANNEX) && catalog.contains(ANNEX + ref);
        if (asWritten && inAnnex) {
            return switch (context.partFor(section)) {
                case ANNEX_A -> new ResolvedReference(cited, ANNEX + ref, Resolution.CONTEXT);
                case MAIN_BODY -> new ResolvedReference(cited, ref, Resolution.CONTEXT);
                case UNKNOWN -> new ResolvedReference(cited, ref, Resolution.AMBIGUOUS);
            };
        }
        if (inAnnex) {
            return new ResolvedReference(cited, ANNEX + ref, Resolution.ANNEX_INFERRED);
        }
        return new ResolvedReference(cited, ref, asWritten ? Resolution.EXACT : Resolution.NOT_IN_CATALOG);
    }
}
