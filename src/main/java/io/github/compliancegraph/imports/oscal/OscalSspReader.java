package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportRejectedException;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.mapping.CitedReference;
import io.github.compliancegraph.mapping.ReferenceResolver;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.mapping.SectionContext;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp;

/**
 * Reads an OSCAL system security plan in component form as a responsibility source: every
 * {@code export.provided} and {@code export.responsibilities} entry is a statement of the parties
 * its {@code responsible-roles} name (role {@code provider} or {@code customer}), citing the
 * clause its implemented requirement's control-id names. Entries carrying the same statement prop
 * (as this project's export writes them, one per clause the statement serves) are one statement;
 * others are one statement per description and parties.
 */
public final class OscalSspReader {

    private static final Pattern NIST_ID = Pattern.compile("^([a-z]{2}-\\d+)(?:\\.(\\d+))?$");

    public SourceGraph read(ImportedSource source, String json, String frameworkOption, Map<String, Set<String>> catalogs) {
        JsonNode ssp = OscalJson.model(json, "system-security-plan");
        String framework = frameworkOption != null ? frameworkOption : framework(ssp, source.file());
        Map<String, PartyRecord> parties = new LinkedHashMap<>();
        Map<String, JsonNode> partyNodes = new LinkedHashMap<>();
        OscalJson.each(ssp.path("metadata").path("parties"), "metadata.parties", (p, at) -> {
            String uuid = OscalJson.text(p, "uuid");
            if (uuid != null) {
                partyNodes.put(uuid, p);
            }
        });
        var problems = new ArrayList<Problem>();
        Map<String, Statement> statements = new LinkedHashMap<>();
        OscalJson.each(ssp.path("control-implementation").path("implemented-requirements"),
                "control-implementation.implemented-requirements", (requirement, at) -> {
                    String controlId = OscalJson.text(requirement, "control-id");
                    if (controlId == null) {
                        throw new ImportRejectedException(source.file() + ": " + at + " has no control-id");
                    }
                    String ref = ref(requirement, controlId, framework);
                    OscalJson.each(requirement.path("by-components"), at + ".by-components", (byComponent, bc) -> {
                        JsonNode export = byComponent.path("export");
                        for (String kind : List.of("provided", "responsibilities")) {
                            OscalJson.each(export.path(kind), bc + ".export." + kind, (entry, path) -> {
                                Statement s = statement(entry, path, source.file(), statements, partyNodes, parties, problems);
                                if (s != null) {
                                    s.refs.put(ref, controlId);
                                }
                            });
                        }
                    });
                });
        if (statements.isEmpty()) {
            throw new ImportRejectedException(source.file() + ": no export.provided or export.responsibilities entry with a "
                    + "responsible role; nothing to import");
        }
        var resolver = new ReferenceResolver(catalogs, SectionContext.NONE);
        var ids = new ControlIdentity(source.id());
        var controls = new ArrayList<ControlRecord>();
        int ordinal = 0;
        for (Statement s : statements.values()) {
            String party = s.byRole.getOrDefault(SharedResponsibilitySsp.PROVIDER, s.byRole.values().iterator().next());
            String customer = s.byRole.get(SharedResponsibilitySsp.CUSTOMER);
            String sharedWith = customer != null && !customer.equals(party) ? customer : null;
            int section = leadingNumber(s.section);
            List<ResolvedReference> references = s.refs.entrySet().stream()
                    .map(e -> resolver.resolve(new CitedReference(framework, e.getKey(), null, e.getValue()), section)).toList();
            ordinal++;
            controls.add(new ControlRecord(ids.next(s.section, sharedWith == null ? party : "shared", s.text), party, s.section,
                    s.sectionTitle, s.text, s.lang, ordinal, ordinal, null, references, s.statementId, sharedWith, null, null));
        }
        return new SourceGraph(source, List.copyOf(parties.values()), controls, List.of(), problems);
    }

    /** The framework the plan names: a prop of its metadata, or of the back-matter resource its import-profile points to. */
    private static String framework(JsonNode ssp, String file) {
        String named = SharedResponsibilitySsp.props(ssp.path("metadata")).get("framework");
        String href = OscalJson.text(ssp.path("import-profile"), "href");
        if (named == null && href != null && href.startsWith("#")) {
            for (JsonNode resource : ssp.path("back-matter").path("resources")) {
                if (href.substring(1).equals(OscalJson.text(resource, "uuid"))) {
                    named = SharedResponsibilitySsp.props(resource).get("framework");
                }
            }
        }
        if (named == null) {
            throw new ImportRejectedException(file + ": the plan does not say which framework its control-ids name "
                    + "(import-profile " + href + "); give the framework option");
        }
        return named;
    }

    /**
     * The clause ref a requirement names: this project's clause prop; else the control-id, unescaped,
     * with an OSCAL NIST SP 800-53 id written as the catalog labels it ("ac-2.1" is "AC-2(1)").
     */
    private static String ref(JsonNode requirement, String controlId, String framework) {
        String clause = SharedResponsibilitySsp.props(requirement).get("clause");
        if (clause != null && clause.startsWith(framework + ":")) {
            return clause.substring(framework.length() + 1);
        }
        Matcher nist = NIST_ID.matcher(controlId);
        if (nist.matches()) {
            return nist.group(1).toUpperCase(Locale.ROOT) + (nist.group(2) == null ? "" : "(" + nist.group(2) + ")");
        }
        return controlId.startsWith(SharedResponsibilitySsp.ESCAPE) ? controlId.substring(1) : controlId;
    }

    private static Statement statement(JsonNode entry, String path, String file, Map<String, Statement> statements,
            Map<String, JsonNode> partyNodes, Map<String, PartyRecord> parties, List<Problem> problems) {
        String text = OscalJson.text(entry, "description");
        Map<String, String> props = SharedResponsibilitySsp.props(entry);
        Map<String, String> byRole = new LinkedHashMap<>();
        for (JsonNode role : entry.path("responsible-roles")) {
            String roleId = OscalJson.text(role, "role-id");
            if (!SharedResponsibilitySsp.PROVIDER.equals(roleId) && !SharedResponsibilitySsp.CUSTOMER.equals(roleId)) {
                problems.add(new Problem(0, path + ": role '" + roleId + "' is neither provider nor customer, skipped"));
                continue;
            }
            for (JsonNode uuid : role.path("party-uuids")) {
                JsonNode party = partyNodes.get(uuid.asText());
                if (party == null) {
                    throw new ImportRejectedException(file + ": " + path + " names party " + uuid.asText()
                            + ", which metadata.parties does not hold");
                }
                String id = partyId(party);
                parties.putIfAbsent(id, new PartyRecord(id, OscalJson.text(party, "name"), roleId));
                byRole.putIfAbsent(roleId, id);
            }
        }
        if (text == null || byRole.isEmpty()) {
            problems.add(new Problem(0, path + ": no description or no provider or customer party, skipped"));
            return null;
        }
        String key = props.getOrDefault("statement", text + "|" + byRole.values());
        Statement s = statements.computeIfAbsent(key, k -> new Statement(text, props));
        byRole.forEach(s.byRole::putIfAbsent);
        return s;
    }

    /** A party's id: its short name, else its name made an id. */
    private static String partyId(JsonNode party) {
        String shortName = OscalJson.text(party, "short-name");
        return shortName != null ? shortName : ImportedSource.idOf(String.valueOf(OscalJson.text(party, "name")));
    }

    private static int leadingNumber(String section) {
        var digits = section.replaceFirst("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** A statement gathered from every entry that carries it. */
    private static final class Statement {
        final String text;
        final String section;
        final String sectionTitle;
        final String lang;
        final String statementId;
        final Map<String, String> byRole = new LinkedHashMap<>();
        final Map<String, String> refs = new LinkedHashMap<>();

        Statement(String text, Map<String, String> props) {
            this.text = text;
            this.section = props.getOrDefault("section", "1");
            this.sectionTitle = props.get("section-title");
            this.lang = props.get("lang");
            this.statementId = props.get("statement-id");
        }
    }
}
