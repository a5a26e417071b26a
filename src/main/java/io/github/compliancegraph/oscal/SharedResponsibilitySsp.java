package io.github.compliancegraph.oscal;

import static io.github.compliancegraph.imports.oscal.OscalTerms.CUSTOMER;
import static io.github.compliancegraph.imports.oscal.OscalTerms.ESCAPE;
import static io.github.compliancegraph.imports.oscal.OscalTerms.PROVIDER;
import static io.github.compliancegraph.imports.oscal.OscalTerms.prop;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compliancegraph.framework.FrameworkDetail;

/**
 * A provider's shared responsibility for one framework as an OSCAL system security plan (1.1.3),
 * component-based: one component, the provider's service, and per clause one implemented
 * requirement whose {@code by-components} export lists a {@code provided} entry per provider
 * statement and a {@code responsibilities} entry per customer statement, linked to the clause's
 * first provided entry by {@code provided-uuid}. Provider and customer are roles, each played by
 * the party the documents name ({@code responsible-roles}). Every uuid is a v5 uuid of a stable
 * id, so the same graph always gives the same document.
 *
 * <p>Props in this project's namespace carry what OSCAL has no field for, so that the export can
 * be imported back: the framework id, each statement's control uid, section and language.
 *
 * <p>The plan of a customer's system built on providers ({@code system.SystemSsp}) names these
 * plans' entries: the uuids, metadata and framework resource are built here for both.
 */
public final class SharedResponsibilitySsp {

    public static final String OSCAL_VERSION = "1.1.3";
    static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The framework exported against. */
    public record Framework(String id, String name, String version) {

        /** From the row of the {@code framework} traversal. */
        public static Framework of(FrameworkDetail row) {
            return new Framework(row.id(), row.name(), row.version());
        }

        /** Its name and edition, as titles say it: "SecNumCloud 3.2". */
        public String title() {
            return name + (version == null ? "" : " " + version);
        }
    }

    /** A document the statements come from. */
    public record SourceDocument(String id, String title, String sha256, String importedAt) {

        /** From a row of the {@code lookups/provider-sources} lookup. */
        public static SourceDocument of(Map<String, Object> row) {
            return new SourceDocument((String) row.get("id"), (String) row.get("title"), (String) row.get("sha256"),
                    (String) row.get("importedAt"));
        }

        /** How a plan's remarks name it: its title and id. */
        public String named() {
            return title == null ? id : title + " (" + id + ")";
        }
    }

    private SharedResponsibilitySsp() {
    }

    /** The OSCAL control-id of a clause: its OSCAL id where it came from an OSCAL catalog, else its ref, escaped where needed. */
    public static String controlId(String ref, String sourceId) {
        if (sourceId != null && TOKEN.matcher(sourceId).matches()) {
            return sourceId;
        }
        return TOKEN.matcher(ref).matches() ? ref : ESCAPE + ref.replaceAll("[^\\p{L}\\p{N}._-]", "-");
    }

    /** The party a plan's {@code party-uuids} name. */
    public static String partyUuid(String party) {
        return Uuids.of("party:" + party);
    }

    /**
     * A party's component in its own plan: a provider's services, or a system. The plan of a system
     * built on a provider gives its leveraged-system component this uuid, as OSCAL asks of a leveraged
     * system that publishes its own plan.
     */
    public static String componentUuid(String party) {
        return Uuids.of("component:" + party);
    }

    /** A provider statement's {@code provided} entry, under the clause the statement cites. */
    public static String providedUuid(String clause, String control) {
        return Uuids.of("provided:" + clause + ":" + control);
    }

    /** A customer statement's {@code responsibilities} entry, under the clause the statement cites. */
    public static String responsibilityUuid(String clause, String control) {
        return Uuids.of("responsibility:" + clause + ":" + control);
    }

    /** @param rows the responsibility-statements traversal's rows */
    public static ObjectNode of(String provider, Framework framework, List<SourceDocument> sources, List<ResponsibilityStatement> rows) {
        String key = provider + ":" + framework.id();
        ObjectNode ssp = NODES.objectNode();
        ssp.put("uuid", Uuids.of("ssp:" + key));
        Map<String, String> parties = new LinkedHashMap<>();
        rows.forEach(r -> parties.putIfAbsent(r.party(), Objects.toString(r.partyName(), r.party())));
        String providerName = parties.getOrDefault(provider, provider);
        String frameworkTitle = framework.title();
        ssp.set("metadata", metadata("Shared responsibility of " + providerName + " and its customers for " + frameworkTitle,
                framework, sources, parties));
        ssp.set("import-profile", importProfile(framework));
        ssp.set("system-characteristics", characteristics(key, providerName + " cloud services", "The services of " + providerName
                + " as its shared-responsibility documents describe them against " + frameworkTitle + ": what the provider provides "
                + "and what it leaves to its customers.", "The provider's services, as far as its shared-responsibility documents "
                + "cover them."));
        String component = componentUuid(provider);
        ssp.set("system-implementation", implementation(component, providerName, provider));
        ssp.set("control-implementation", controls(key, component, providerName, frameworkTitle, rows));
        ssp.set("back-matter", backMatter(framework));
        return document(ssp);
    }

    /** The document around a plan. */
    public static ObjectNode document(ObjectNode ssp) {
        ObjectNode document = NODES.objectNode();
        document.set("system-security-plan", ssp);
        return document;
    }

    /**
     * A plan's metadata: the roles provider and customer, each party by its id, and, from the
     * documents the plan is made of, its version (their fingerprints) and last-modified (their
     * latest import), so that the same graph gives the same plan.
     *
     * @param parties party id to name
     */
    public static ObjectNode metadata(String title, Framework framework, List<SourceDocument> sources, Map<String, String> parties) {
        ObjectNode metadata = NODES.objectNode();
        metadata.put("title", title);
        metadata.put("last-modified", lastImported(sources).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        metadata.put("version", String.join(" ", sources.stream()
                .map(s -> s.id() + "@" + (s.sha256() == null ? "unknown" : s.sha256().substring(0, Math.min(12, s.sha256().length()))))
                .toList()));
        metadata.put("oscal-version", OSCAL_VERSION);
        ArrayNode props = metadata.putArray("props");
        prop(props, "framework", framework.id());
        ArrayNode roles = metadata.putArray("roles");
        roles.addObject().put("id", PROVIDER).put("title", "Provider").put("description",
                "The cloud provider, responsible for what it provides to the systems built on its services.");
        roles.addObject().put("id", CUSTOMER).put("title", "Customer").put("description",
                "The provider's customer, responsible for what the provider leaves to it.");
        ArrayNode partyNodes = metadata.putArray("parties");
        parties.forEach((id, name) -> partyNodes.addObject().put("uuid", partyUuid(id)).put("type", "organization")
                .put("name", name).put("short-name", id));
        metadata.put("remarks", "Exported by compliance-graph from "
                + String.join(", ", sources.stream().map(SourceDocument::named).toList()) + ".");
        return metadata;
    }

    /** When the latest of the documents was imported, to the second (the epoch when none says). */
    public static OffsetDateTime lastImported(List<SourceDocument> sources) {
        return sources.stream().map(SourceDocument::importedAt).filter(Objects::nonNull)
                .map(t -> OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                .max(OffsetDateTime::compareTo).orElse(OffsetDateTime.parse("1970-01-01T00:00:00Z"));
    }

    /** The framework as the plan's profile: a back-matter resource, which {@link #backMatter} writes. */
    public static ObjectNode importProfile(Framework framework) {
        return NODES.objectNode().put("href", "#" + Uuids.of("framework:" + framework.id()));
    }

    /** The resource the import-profile points to: the framework, named by its id in a prop. */
    public static ObjectNode backMatter(Framework framework) {
        ObjectNode backMatter = NODES.objectNode();
        ObjectNode resource = backMatter.putArray("resources").addObject();
        resource.put("uuid", Uuids.of("framework:" + framework.id()));
        resource.put("title", framework.title());
        resource.put("description", "The framework whose clauses the control-ids name; this project knows it as " + framework.id() + ".");
        prop(resource.putArray("props"), "framework", framework.id());
        return backMatter;
    }

    /**
     * What OSCAL requires of a plan's system: an id (the v5 uuid of the plan's key), a name, a
     * description, the data it holds (its customers', as much as the graph knows), a state and a boundary.
     */
    public static ObjectNode characteristics(String key, String name, String description, String boundary) {
        ObjectNode characteristics = NODES.objectNode();
        characteristics.putArray("system-ids").addObject().put("identifier-type", "https://ietf.org/rfc/rfc4122")
                .put("id", Uuids.of("system:" + key));
        characteristics.put("system-name", name);
        characteristics.put("description", description);
        characteristics.putObject("system-information").putArray("information-types").addObject()
                .put("uuid", Uuids.of("information-type:" + key)).put("title", "Customer data")
                .put("description", "Data the customers store and process on the services.");
        characteristics.putObject("status").put("state", "operational");
        characteristics.putObject("authorization-boundary").put("description", boundary);
        return characteristics;
    }

    private static ObjectNode implementation(String component, String providerName, String provider) {
        ObjectNode implementation = NODES.objectNode();
        ArrayNode users = implementation.putArray("users");
        for (String role : List.of(PROVIDER, CUSTOMER)) {
            users.addObject().put("uuid", Uuids.of("user:" + provider + ":" + role)).put("title", role.equals(PROVIDER)
                    ? providerName + " staff" : "Customers of " + providerName).putArray("role-ids").add(role);
        }
        ObjectNode service = implementation.putArray("components").addObject();
        service.put("uuid", component).put("type", "service").put("title", providerName + " cloud services")
                .put("description", "The services " + providerName + " provides, with the responsibilities they leave to customers.");
        service.putObject("status").put("state", "operational");
        service.putArray("responsible-roles").addObject().put("role-id", PROVIDER).putArray("party-uuids")
                .add(partyUuid(provider));
        return implementation;
    }

    private static ObjectNode controls(String key, String component, String providerName, String frameworkTitle,
            List<ResponsibilityStatement> rows) {
        ObjectNode implementation = NODES.objectNode();
        implementation.put("description", "Per clause of " + frameworkTitle + ": what " + providerName
                + " provides (export.provided) and what it leaves to its customers (export.responsibilities).");
        ArrayNode requirements = implementation.putArray("implemented-requirements");
        Map<String, List<ResponsibilityStatement>> byClause = new LinkedHashMap<>();
        rows.forEach(r -> byClause.computeIfAbsent(r.clause(), c -> new ArrayList<>()).add(r));
        byClause.forEach((clause, statements) -> {
            ResponsibilityStatement first = statements.get(0);
            ObjectNode requirement = requirements.addObject();
            requirement.put("uuid", Uuids.of("requirement:" + key + ":" + clause));
            requirement.put("control-id", controlId(first.ref(), first.clauseSourceId()));
            prop(requirement.putArray("props"), "clause", clause);
            ObjectNode byComponent = requirement.putArray("by-components").addObject();
            byComponent.put("component-uuid", component).put("uuid", Uuids.of("by-component:" + key + ":" + clause));
            byComponent.put("description", first.title() == null ? "Clause " + first.ref()
                    : "Clause " + first.ref() + ", " + first.title());
            ObjectNode export = byComponent.putObject("export");
            var provided = statements.stream().filter(s -> PROVIDER.equals(s.role())).toList();
            var responsibilities = statements.stream().filter(s -> CUSTOMER.equals(s.role())).toList();
            String firstProvided = null;
            if (!provided.isEmpty()) {
                ArrayNode entries = export.putArray("provided");
                for (ResponsibilityStatement s : provided) {
                    ObjectNode entry = statement(entries, providedUuid(clause, s.control()), s, null);
                    firstProvided = firstProvided == null ? entry.get("uuid").asText() : firstProvided;
                }
            }
            if (!responsibilities.isEmpty()) {
                ArrayNode entries = export.putArray("responsibilities");
                for (ResponsibilityStatement s : responsibilities) {
                    statement(entries, responsibilityUuid(clause, s.control()), s, firstProvided);
                }
            }
        });
        return implementation;
    }

    /** A provided or responsibility entry: the statement, who is responsible, and the props to import it back. */
    private static ObjectNode statement(ArrayNode entries, String uuid, ResponsibilityStatement s, String providedUuid) {
        ObjectNode entry = entries.addObject();
        entry.put("uuid", uuid);
        if (providedUuid != null) {
            entry.put("provided-uuid", providedUuid);
        }
        entry.put("description", s.text());
        ArrayNode props = entry.putArray("props");
        prop(props, "statement", s.control());
        var optional = new LinkedHashMap<String, String>();
        optional.put("statement-id", s.statementId());
        optional.put("section", s.section());
        optional.put("section-title", s.sectionTitle());
        optional.put("lang", s.lang());
        optional.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                prop(props, name, value);
            }
        });
        entry.putArray("responsible-roles").addObject().put("role-id", s.role())
                .putArray("party-uuids").add(partyUuid(s.party()));
        return entry;
    }
}
