package io.github.compliancegraph.imports.oscal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Who a plan's statements bind. This project's export names, on each entry, a role played by a
 * party of the metadata. NIST's and FedRAMP's leveraged plans name roles without parties, or no
 * role at all: there the entry's kind decides the side (export.provided the provider's,
 * export.responsibilities the customer's), and that side's party is the plan's provider or customer.
 */
final class SspParties {

    static final String PROVIDER = OscalTerms.PROVIDER;
    static final String CUSTOMER = OscalTerms.CUSTOMER;
    // Roles naming a side of the shared responsibility; others (admin, asset-owner, poc-for-customers) name people within one.
    private static final Set<String> PROVIDER_ROLES = Set.of(PROVIDER, "cloud-service-provider", "service-provider", "csp");
    private static final Set<String> CUSTOMER_ROLES = Set.of(CUSTOMER);
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final Map<String, JsonNode> byUuid = new LinkedHashMap<>();
    private final Map<String, PartyRecord> bound = new LinkedHashMap<>();
    private final List<Problem> problems;
    private final Map<String, PartyRecord> defaults = new HashMap<>();

    /** @param providerOption the provider's party id, for statements the plan binds to no party of its own; or null */
    SspParties(JsonNode ssp, String providerOption, String file, List<Problem> problems) {
        this.problems = problems;
        JsonNode metadata = ssp.path("metadata");
        OscalJson.each(metadata.path("parties"), "metadata.parties", (party, at) -> {
            String uuid = OscalJson.text(party, "uuid");
            if (uuid != null) {
                byUuid.put(uuid, party);
            }
        });
        PartyRecord provider = provider(ssp, providerOption, file);
        JsonNode customer = playing(metadata, CUSTOMER_ROLES);
        defaults.put(PROVIDER, provider);
        defaults.put(CUSTOMER, customer != null ? record(customer, CUSTOMER)
                : new PartyRecord(provider.id() + "-customer", "Customer of " + provider.name(), CUSTOMER));
    }

    /**
     * The party ids an entry binds, by side: its kind's side always, the other side too where the
     * entry names roles of both (a shared statement). An entry naming only the other side's role
     * contradicts its kind: reported, and bound as its kind says.
     *
     * @param side the side of the entry's kind
     * @param kind "provided" or "responsibilities", for the report
     */
    Map<String, String> bind(JsonNode entry, String side, String kind, String path) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> otherRoles = new LinkedHashSet<>();
        Map<String, PartyRecord> resolved = new HashMap<>();
        for (JsonNode role : entry.path("responsible-roles")) {
            String roleId = OscalJson.text(role, "role-id");
            String roleSide = PROVIDER_ROLES.contains(roleId) ? PROVIDER : CUSTOMER_ROLES.contains(roleId) ? CUSTOMER : null;
            if (roleSide == null) {
                continue;
            }
            named.add(roleSide);
            if (!roleSide.equals(side)) {
                otherRoles.add(roleId);
            }
            for (JsonNode uuid : role.path("party-uuids")) {
                JsonNode party = byUuid.get(uuid.asText());
                if (party == null) {
                    problems.add(new Problem(0, path + ": party-uuid " + uuid.asText() + " names no party of metadata.parties; ignored"));
                } else {
                    resolved.putIfAbsent(roleSide, record(party, roleSide));
                }
            }
        }
        String other = side.equals(PROVIDER) ? CUSTOMER : PROVIDER;
        if (!named.contains(side) && named.contains(other)) {
            problems.add(new Problem(0, path + ": " + kind + " entry naming only the " + other + " role "
                    + otherRoles.stream().map(r -> "'" + r + "'").toList() + "; taken as the " + side + "'s, as export."
                    + kind + " says"));
        }
        Map<String, String> sides = new LinkedHashMap<>();
        sides.put(side, use(resolved.getOrDefault(side, defaults.get(side))));
        if (named.contains(side) && named.contains(other)) {
            sides.put(other, use(resolved.getOrDefault(other, defaults.get(other))));
        }
        return sides;
    }

    /** The parties some statement binds, in the order first bound. */
    List<PartyRecord> bound() {
        return List.copyOf(bound.values());
    }

    private String use(PartyRecord party) {
        bound.putIfAbsent(party.id(), party);
        return party.id();
    }

    /**
     * The provider option; else the metadata party playing a provider role (FedRAMP's
     * cloud-service-provider); else the system, as the plan names it.
     */
    private PartyRecord provider(JsonNode ssp, String option, String file) {
        if (option != null) {
            String name = byUuid.values().stream().filter(p -> option.equals(idOf(p))).map(SspParties::nameOf)
                    .findFirst().orElse(option);
            return new PartyRecord(option, name, PROVIDER);
        }
        JsonNode playing = playing(ssp.path("metadata"), PROVIDER_ROLES);
        if (playing != null) {
            return record(playing, PROVIDER);
        }
        String system = OscalJson.text(ssp.path("system-characteristics"), "system-name");
        system = system != null ? system : OscalJson.text(ssp.path("metadata"), "title");
        if (system == null || slug(system).isEmpty()) {
            throw new ImportRejectedException(file + ": the plan names no provider (no party playing a provider role, "
                    + "no system-name, no title); give the provider option");
        }
        return new PartyRecord(slug(system), system, PROVIDER);
    }

    /** The first metadata party a metadata responsible-party of one of these roles names, or null. */
    private JsonNode playing(JsonNode metadata, Set<String> roles) {
        for (JsonNode responsible : metadata.path("responsible-parties")) {
            if (roles.contains(OscalJson.text(responsible, "role-id"))) {
                for (JsonNode uuid : responsible.path("party-uuids")) {
                    if (byUuid.containsKey(uuid.asText())) {
                        return byUuid.get(uuid.asText());
                    }
                }
            }
        }
        return null;
    }

    private static PartyRecord record(JsonNode party, String role) {
        return new PartyRecord(idOf(party), nameOf(party), role);
    }

    /** A party's id: its short name where that is an id (as this project's export writes it), else its short name or name made an id, else its uuid. */
    private static String idOf(JsonNode party) {
        String shortName = OscalJson.text(party, "short-name");
        if (shortName != null && shortName.matches(ID)) {
            return shortName;
        }
        for (String candidate : new String[] {shortName, OscalJson.text(party, "name")}) {
            if (candidate != null && !slug(candidate).isEmpty()) {
                return slug(candidate);
            }
        }
        return OscalJson.text(party, "uuid");
    }

    private static String nameOf(JsonNode party) {
        String name = OscalJson.text(party, "name");
        return name != null ? name : idOf(party);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }
}
