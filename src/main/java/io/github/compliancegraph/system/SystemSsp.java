package io.github.compliancegraph.system;

import static io.github.compliancegraph.imports.oscal.OscalTerms.CUSTOMER;
import static io.github.compliancegraph.imports.oscal.OscalTerms.PROVIDER;
import static io.github.compliancegraph.imports.oscal.OscalTerms.prop;
import static io.github.compliancegraph.oscal.SharedResponsibilitySsp.componentUuid;
import static io.github.compliancegraph.oscal.SharedResponsibilitySsp.partyUuid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.SourceDocument;
import io.github.compliancegraph.oscal.Uuids;
import io.github.compliancegraph.system.HeldClause.Statement;
import io.github.compliancegraph.system.PlanEntry.Share;

/**
 * A system's own plan as an OSCAL 1.1.3 system security plan that leverages its providers' plans,
 * as NIST's leveraging example does: one leveraged authorization and one {@code leveraged-system}
 * component per provider of the chain, and a {@code this-system} component. Per assessable clause,
 * the by-component of each provider that does or leaves something lists {@code inherited} entries
 * naming the {@code provided} entries of that provider's own plan ({@code GET /api/export/oscal-ssp})
 * and {@code satisfied} entries naming its {@code responsibilities} entries, by the same uuids; a
 * clause nobody in the chain speaks of is described on this system's component, with no entry,
 * since there is nothing to name. The providers' components keep the uuid of their own plans'
 * component, as OSCAL asks of a leveraged system that publishes one. Every uuid is a v5 uuid of a
 * stable id, and dates come from the documents' imports, so the same graph gives the same bytes.
 */
final class SystemSsp {

    static final String THIS_SYSTEM = "this-system";
    static final String LEVERAGED_SYSTEM = "leveraged-system";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SystemSsp() {
    }

    static ObjectNode of(SystemPlan plan) {
        String key = plan.system() + ":" + plan.framework().id();
        String frameworkTitle = plan.framework().title();
        ObjectNode ssp = NODES.objectNode();
        ssp.put("uuid", Uuids.of("ssp:" + key));
        Map<String, String> parties = new LinkedHashMap<>();
        parties.put(plan.system(), plan.name());
        plan.providers().forEach(p -> parties.put(p.id(), p.name()));
        ssp.set("metadata", SharedResponsibilitySsp.metadata(plan.name() + ": what it inherits from " + plan.chainLine()
                + " and what is left to it for " + frameworkTitle, plan.framework(), plan.sources(), parties));
        ssp.set("import-profile", SharedResponsibilitySsp.importProfile(plan.framework()));
        ssp.set("system-characteristics", SharedResponsibilitySsp.characteristics(key, plan.name(), plan.name() + " ("
                + plan.system() + "), built on " + plan.chainLine() + ", against " + frameworkTitle + ": what it inherits from "
                + "the providers of its chain, as their documents say, and what they leave to it.", "The system itself; what "
                + "its providers' services do is inherited through the leveraged authorizations, within their own boundaries."));
        ssp.set("system-implementation", implementation(plan));
        ssp.set("control-implementation", controls(plan, key, frameworkTitle));
        ssp.set("back-matter", SharedResponsibilitySsp.backMatter(plan.framework()));
        return SharedResponsibilitySsp.document(ssp);
    }

    private static String authorizationUuid(SystemPlan plan, String provider) {
        return Uuids.of("leveraged-authorization:" + plan.system() + ":" + provider);
    }

    private static ObjectNode implementation(SystemPlan plan) {
        ObjectNode implementation = NODES.objectNode();
        ArrayNode authorizations = implementation.putArray("leveraged-authorizations");
        for (SystemPlan.Provider p : plan.providers()) {
            authorizations.addObject().put("uuid", authorizationUuid(plan, p.id())).put("title", p.name() + " (" + p.id() + ")")
                    .put("party-uuid", partyUuid(p.id())).put("date-authorized", p.lastImported().toString())
                    .put("remarks", "The graph knows no authorization date: this is the day the documents of " + p.name()
                            + " were last imported (" + String.join(", ", p.sources().stream().map(SourceDocument::id).toList())
                            + "). Its own plan, whose provided and responsibility entries this plan's inherited and satisfied "
                            + "entries name: GET /api/export/oscal-ssp?provider=" + p.id() + "&framework=" + plan.framework().id());
        }
        implementation.putArray("users").addObject().put("uuid", Uuids.of("user:" + plan.system() + ":" + CUSTOMER))
                .put("title", "The owners and operators of " + plan.name()).putArray("role-ids").add(CUSTOMER);
        ArrayNode components = implementation.putArray("components");
        ObjectNode self = component(components, plan.system(), THIS_SYSTEM, plan.name(), "The system this plan describes: what "
                + "is left to it by the providers it builds on, and what nobody in the chain speaks of.", CUSTOMER);
        oscalProp(self, "implementation-point", "system");
        for (SystemPlan.Provider p : plan.providers()) {
            ObjectNode leveraged = component(components, p.id(), LEVERAGED_SYSTEM, p.name(), "The services of " + p.name()
                    + ", authorized on their own; this system inherits what they provide and meets what they leave to it.", PROVIDER);
            oscalProp(leveraged, "implementation-point", "external");
            oscalProp(leveraged, "leveraged-authorization-uuid", authorizationUuid(plan, p.id()));
            oscalProp(leveraged, "inherited-uuid", componentUuid(p.id()));
        }
        return implementation;
    }

    private static ObjectNode component(ArrayNode components, String party, String type, String title, String description,
            String role) {
        ObjectNode component = components.addObject();
        component.put("uuid", componentUuid(party)).put("type", type).put("title", title).put("description", description);
        component.putArray("props");
        component.putObject("status").put("state", "operational");
        component.putArray("responsible-roles").addObject().put("role-id", role).putArray("party-uuids").add(partyUuid(party));
        return component;
    }

    /** A prop of OSCAL's own vocabulary (no namespace), such as a leveraged system's {@code leveraged-authorization-uuid}. */
    private static void oscalProp(ObjectNode owner, String name, String value) {
        ((ArrayNode) owner.get("props")).addObject().put("name", name).put("value", value);
    }

    private static ObjectNode controls(SystemPlan plan, String key, String frameworkTitle) {
        ObjectNode implementation = NODES.objectNode();
        implementation.put("description", "Per assessable clause of " + frameworkTitle + ": what " + plan.name() + " inherits "
                + "from " + plan.chainLine() + " (inherited, naming the provided entries of their own plans) and what they leave "
                + "to it (satisfied, naming their responsibilities); a clause nobody in the chain speaks of is this system's alone.");
        ArrayNode requirements = implementation.putArray("implemented-requirements");
        for (PlanEntry entry : plan.entries()) {
            HeldClause clause = entry.clause();
            String at = key + ":" + clause.clause();
            ObjectNode requirement = requirements.addObject();
            requirement.put("uuid", Uuids.of("requirement:" + at));
            requirement.put("control-id", entry.controlId());
            ArrayNode props = requirement.putArray("props");
            prop(props, "clause", clause.clause());
            prop(props, "holding", clause.holding());
            ArrayNode byComponents = requirement.putArray("by-components");
            for (Share share : entry.shares()) {
                byComponent(byComponents, plan, entry, at, share);
            }
            if (clause.holding().equals(HeldClause.UNCLAIMED)) {
                byComponents.addObject().put("component-uuid", componentUuid(plan.system()))
                        .put("uuid", Uuids.of("by-component:" + at + ":" + plan.system()))
                        .put("description", entry.remains(plan));
            }
            requirement.put("remarks", entry.remains(plan));
        }
        return implementation;
    }

    private static void byComponent(ArrayNode byComponents, SystemPlan plan, PlanEntry entry, String at, Share share) {
        String party = share.level().party();
        ObjectNode byComponent = byComponents.addObject();
        byComponent.put("component-uuid", componentUuid(party)).put("uuid", Uuids.of("by-component:" + at + ":" + party));
        byComponent.put("description", entry.said(share));
        List<Statement> inherited = share.ownProvided();
        if (!inherited.isEmpty()) {
            ArrayNode entries = byComponent.putArray("inherited");
            for (Statement s : inherited) {
                attributed(entries.addObject().put("uuid", Uuids.of("inherited:" + at + ":" + s.clause() + ":" + s.control()))
                        .put("provided-uuid", SharedResponsibilitySsp.providedUuid(s.clause(), s.control()))
                        .put("description", s.text()), s, PROVIDER, party);
            }
        }
        if (!share.leftToSystem().isEmpty()) {
            ArrayNode entries = byComponent.putArray("satisfied");
            for (Statement s : share.leftToSystem()) {
                attributed(entries.addObject().put("uuid", Uuids.of("satisfied:" + at + ":" + s.clause() + ":" + s.control()))
                        .put("responsibility-uuid", SharedResponsibilitySsp.responsibilityUuid(s.clause(), s.control()))
                        .put("description", "For " + plan.name() + " to meet, as " + share.level().name()
                                + " leaves it to its customer: " + s.text()), s, CUSTOMER, plan.system());
            }
        }
    }

    /** An inherited or satisfied entry's statement (a prop, to find it in the graph) and who is responsible for it. */
    private static void attributed(ObjectNode entry, Statement s, String role, String party) {
        prop(entry.putArray("props"), "statement", s.control());
        entry.putArray("responsible-roles").addObject().put("role-id", role).putArray("party-uuids").add(partyUuid(party));
    }
}
