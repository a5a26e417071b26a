package io.github.compliancegraph.imports.oscal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Walks a plan's implemented requirements, and their statements, gathering every
 * {@code export.provided} entry (the provider's statements) and {@code export.responsibilities}
 * entry (the customer's) of their by-components into statements. {@code inherited} and
 * {@code satisfied} entries say what the plan's system takes from another one: counted, not read.
 *
 * <p>Entries carrying the same statement prop (this project's export writes one per clause the
 * statement serves) are one statement; so are entries of a plan written by others with the same
 * description, parties, origination and status, which the report lists.
 */
final class SspExports {

    private final JsonNode requirements;
    private final String framework;
    private final SspParties parties;
    private final List<Problem> problems;
    private final Map<String, String> components = new HashMap<>();
    private final Set<String> unknownComponents = new HashSet<>();
    private final Map<String, SspStatement> statements = new LinkedHashMap<>();
    private final Set<String> providedUuids = new HashSet<>();
    private final Map<String, String> providedLinks = new LinkedHashMap<>();
    int provided;
    int responsibilities;
    int inherited;
    int satisfied;

    SspExports(JsonNode ssp, String framework, SspParties parties, List<Problem> problems) {
        this.requirements = ssp.path("control-implementation").path("implemented-requirements");
        this.framework = framework;
        this.parties = parties;
        this.problems = problems;
        OscalJson.each(ssp.path("system-implementation").path("components"), "system-implementation.components", (c, at) -> {
            String uuid = OscalJson.text(c, "uuid");
            if (uuid != null && components.containsKey(uuid)) {
                problems.add(new Problem(0, at + ": uuid " + uuid + " repeats that of " + components.get(uuid)
                        + "; by-components naming it cannot say which component they mean"));
            } else if (uuid != null) {
                components.put(uuid, at + " ('" + OscalJson.text(c, "title") + "')");
            }
        });
    }

    /** Every statement of the plan, in document order. */
    List<SspStatement> read(String file) {
        OscalJson.each(requirements, "control-implementation.implemented-requirements", (requirement, at) -> {
            String controlId = OscalJson.text(requirement, "control-id");
            if (controlId == null) {
                throw new ImportRejectedException(file + ": " + at + " has no control-id");
            }
            SspCitation citation = SspCitation.of(requirement, controlId, framework);
            SspTraits traits = SspTraits.NONE.within(requirement);
            byComponents(requirement.path("by-components"), at + ".by-components", citation, traits);
            OscalJson.each(requirement.path("statements"), at + ".statements", (statement, st) ->
                    byComponents(statement.path("by-components"), st + ".by-components",
                            citation.statement(OscalJson.text(statement, "statement-id"), st, problems), traits.within(statement)));
        });
        providedLinks.forEach((path, uuid) -> {
            if (!providedUuids.contains(uuid)) {
                problems.add(new Problem(0, path + ": provided-uuid " + uuid + " names no provided entry of this plan"));
            }
        });
        return List.copyOf(statements.values());
    }

    private void byComponents(JsonNode array, String path, SspCitation citation, SspTraits traits) {
        OscalJson.each(array, path, (byComponent, at) -> {
            String component = OscalJson.text(byComponent, "component-uuid");
            if (component != null && !components.containsKey(component) && unknownComponents.add(component)) {
                problems.add(new Problem(0, at + ": component-uuid " + component + " names no component of system-implementation"));
            }
            SspTraits within = traits.within(byComponent);
            OscalJson.each(byComponent.path("inherited"), at + ".inherited", (entry, p) -> inherited++);
            OscalJson.each(byComponent.path("satisfied"), at + ".satisfied", (entry, p) -> satisfied++);
            JsonNode export = byComponent.path("export");
            OscalJson.each(export.path("provided"), at + ".export.provided", (entry, p) -> {
                provided++;
                String uuid = OscalJson.text(entry, "uuid");
                if (uuid != null) {
                    providedUuids.add(uuid);
                }
                entry(entry, p, SspParties.PROVIDER, "provided", citation, within);
            });
            OscalJson.each(export.path("responsibilities"), at + ".export.responsibilities", (entry, p) -> {
                responsibilities++;
                entry(entry, p, SspParties.CUSTOMER, "responsibilities", citation, within);
            });
        });
    }

    private void entry(JsonNode entry, String path, String side, String kind, SspCitation citation, SspTraits traits) {
        String text = OscalJson.text(entry, "description");
        if (text == null) {
            problems.add(new Problem(0, path + ": no description, skipped"));
            return;
        }
        Map<String, String> bySide = parties.bind(entry, side, kind, path);
        Map<String, String> props = OscalTerms.props(entry);
        String exported = props.get("statement");
        SspStatement statement = exported != null
                ? statements.computeIfAbsent("statement:" + exported, k -> new SspStatement(path, text, props, "1",
                        props.get("statement-id"), SspTraits.NONE, false))
                : written(entry, path, side, text, props, bySide, citation, traits);
        statement.bind(bySide);
        String providedUuid = exported == null ? OscalJson.text(entry, "provided-uuid") : null;
        if (providedUuid != null) {
            providedLinks.put(path, providedUuid);
        }
        statement.cite(citation, providedUuid);
    }

    /**
     * A statement of a plan written by others, whose id is its entry's uuid (what a leveraging
     * plan's inherited and satisfied entries point to). Its section is its control's family.
     */
    private SspStatement written(JsonNode entry, String path, String side, String text, Map<String, String> props,
            Map<String, String> bySide, SspCitation citation, SspTraits traits) {
        SspTraits own = traits.within(entry);
        // Without an origination, the entry's kind is the responsibility as the plan writes it.
        SspTraits written = own.origination() != null ? own
                : new SspTraits(side.equals(SspParties.PROVIDER) ? "provided" : "responsibility", own.status());
        String key = String.join("|", "written", text, bySide.toString(), written.toString());
        SspStatement same = statements.get(key);
        if (same != null) {
            problems.add(new Problem(0, path + ": same description, parties, origination and status as " + same.path
                    + "; taken as one statement"));
            return same;
        }
        String family = citation.family();
        SspStatement statement = new SspStatement(path, text, props, family != null ? family : "1",
                OscalJson.text(entry, "uuid"), written, true);
        statements.put(key, statement);
        return statement;
    }
}
