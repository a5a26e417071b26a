package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.mapping.ReferenceResolver;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.mapping.SectionContext;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads an OSCAL system security plan in component form as a responsibility source: this
 * project's own export, and leveraged plans as NIST, compliance-trestle and FedRAMP write them.
 * Every {@code export.provided} entry of a by-component (of a requirement, or of one of its
 * statements) is a statement of the provider, every {@code export.responsibilities} entry one of
 * the customer, citing the clause the control-id names ({@link SspExports}); who the provider and
 * the customer are, {@link SspParties}; which framework, {@link SspFramework}. Whatever the plan
 * contradicts itself on is reported, not silently repaired.
 */
public final class OscalSspReader {

    /**
     * @param framework the framework the plan's control-ids name, or null for the one the plan names
     * @param provider  the provider's party id, for statements the plan binds to no party of its
     *                  metadata; or null for the party playing a provider role, else the system
     */
    public record Options(String framework, String provider) {
    }

    public SourceGraph read(ImportedSource source, String json, Options options, Map<String, Set<String>> catalogs) {
        JsonNode ssp = OscalJson.model(json, "system-security-plan");
        var problems = new ArrayList<Problem>();
        String framework = SspFramework.of(ssp, options.framework(), source.file(), problems);
        var parties = new SspParties(ssp, options.provider(), source.file(), problems);
        var exports = new SspExports(ssp, framework, parties, problems);
        List<SspStatement> statements = exports.read(source.file());
        int leveraging = exports.inherited + exports.satisfied;
        if (statements.isEmpty()) {
            throw new ImportRejectedException(source.file() + ": nothing to import: " + exports.provided + " provided, "
                    + exports.responsibilities + " responsibilities, " + leveraging + " inherited / satisfied"
                    + (exports.provided + exports.responsibilities > 0 ? " (no provided or responsibility entry has a description)" : ""));
        }
        if (leveraging > 0) {
            problems.add(new Problem(0, exports.inherited + " inherited and " + exports.satisfied + " satisfied entries "
                    + "(what this plan's system takes from the systems it leverages) counted, not imported as statements"));
        }
        var resolver = new ReferenceResolver(catalogs, SectionContext.NONE);
        var ids = new ControlIdentity(source.id());
        var controls = new ArrayList<ControlRecord>();
        for (SspStatement s : statements) {
            String party = s.parties.getOrDefault(SspParties.PROVIDER, s.parties.get(SspParties.CUSTOMER));
            String customer = s.parties.get(SspParties.CUSTOMER);
            String sharedWith = customer != null && !customer.equals(party) ? customer : null;
            int section = leadingNumber(s.section);
            List<ResolvedReference> references = s.references(framework).stream().map(r -> resolver.resolve(r, section)).toList();
            int ordinal = controls.size() + 1;
            controls.add(new ControlRecord(ids.next(s.section, sharedWith == null ? party : "shared", s.text), party, s.section,
                    s.sectionTitle, s.text, s.lang, ordinal, ordinal, s.referenceCell(), references, s.statementId, sharedWith,
                    s.responsibility, s.implementationStatus));
        }
        return new SourceGraph(source, parties.bound(), controls, List.of(), problems);
    }

    private static int leadingNumber(String section) {
        var digits = section.replaceFirst("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }
}
