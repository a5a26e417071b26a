package io.github.compliancegraph.imports.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * What a party cell means: the provider, the customer, both (shared), nobody (not applicable), a
 * third party, or a party the manifest names. Cells are compared without case, spaces or
 * punctuation ("N/A" is "na", "CSP-owned" is "cspowned"). Built in are the words of the layouts met
 * in the field; the manifest's parties (id and name), the provider option's value, then the
 * manifest's {@code responsibilities} and the {@code responsibilities} option extend them, each
 * overriding what comes before.
 */
final class PartyVocabulary {

    /** What a cell may mean; a party id of the manifest is the other kind of meaning. */
    enum Meaning {
        PROVIDER, CUSTOMER, SHARED, NOT_APPLICABLE, THIRD_PARTY,
        /** CSA CCM's "Shared CSP and 3rd party": the provider and the third party it outsources to. */
        PROVIDER_AND_THIRD_PARTY;

        /** The word a manifest or option gives it ("not-applicable"); the last one has none. */
        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The meanings a manifest or option may give, in messages. */
    static final String MEANINGS = "provider, customer, shared, not-applicable, third-party or a party id";

    private static final Map<String, Meaning> BUILT_IN = new HashMap<>();

    static {
        // plain words, and those this importer has always taken
        words(Meaning.PROVIDER, "provider", "csp", "cloud provider", "service provider");
        words(Meaning.CUSTOMER, "customer", "client", "tenant", "csc");
        words(Meaning.SHARED, "shared", "both", "provider and customer", "provider/customer");
        words(Meaning.NOT_APPLICABLE, "not applicable", "N/A", "none");
        words(Meaning.THIRD_PARTY, "third party", "3rd party");
        // FedRAMP CRM, "Can Be Inherited from CSP"
        words(Meaning.PROVIDER, "Yes");
        words(Meaning.CUSTOMER, "No");
        words(Meaning.SHARED, "Partial");
        // CSA CCM/CAIQ, "SSRM Control Ownership"
        words(Meaning.PROVIDER, "CSP-owned");
        words(Meaning.CUSTOMER, "CSC-owned");
        words(Meaning.SHARED, "Shared CSP and CSC");
        words(Meaning.THIRD_PARTY, "Third-party outsourced");
        words(Meaning.PROVIDER_AND_THIRD_PARTY, "Shared CSP and 3rd party", "Shared CSP and third party");
        // FedRAMP control origination, as the CIS worksheet heads its columns and as OSCAL writes it; a control
        // inherited from a pre-existing FedRAMP authorization is the provider's to answer for (it leverages that
        // authorization), the cell as written telling the two apart
        words(Meaning.PROVIDER, "Service Provider Corporate", "Service Provider System Specific",
                "Service Provider Hybrid (Corporate and System Specific)", "Inherited from pre-existing FedRAMP Authorization",
                "sp-corporate", "sp-system", "inherited");
        words(Meaning.CUSTOMER, "Configured by Customer (Customer System Specific)",
                "Provided by Customer (Customer System Specific)", "customer-configured", "customer-provided");
        words(Meaning.SHARED, "Shared (Service Provider and Customer Responsibility)");
    }

    /** Who a statement binds: one party, the provider and a second party (shared), or nobody (party null). */
    record Bound(String party, String sharedWith) {
    }

    /** A meaning, or a party id. */
    private record Target(Meaning meaning, String party) {
    }

    private final SourceManifest manifest;
    private final Map<String, Target> entries = new HashMap<>();

    private PartyVocabulary(SourceManifest manifest) {
        this.manifest = manifest;
    }

    static PartyVocabulary of(SourceManifest manifest) {
        var vocabulary = new PartyVocabulary(manifest);
        BUILT_IN.forEach((key, meaning) -> vocabulary.entries.put(key, new Target(meaning, null)));
        for (PartyEntry party : manifest.parties()) {
            vocabulary.entries.put(key(party.id()), new Target(null, party.id()));
            if (party.name() != null) {
                vocabulary.entries.put(key(party.name()), new Target(null, party.id()));
            }
        }
        vocabulary.entries.put(key(manifest.provider()), new Target(Meaning.PROVIDER, null));
        manifest.responsibilities().forEach((value, meaning) -> vocabulary.entries.put(key(value),
                target(meaning, manifest.parties()).orElseThrow(() -> new IllegalArgumentException(
                        "MatrixManifest checks the responsibilities: " + meaning))));
        return vocabulary;
    }

    /** Whether a manifest or option may map a value to this word: one of {@link #MEANINGS}. */
    static boolean understands(String word, List<PartyEntry> parties) {
        return target(word, parties).isPresent();
    }

    private static Optional<Target> target(String word, List<PartyEntry> parties) {
        String given = word.strip();
        for (Meaning m : Meaning.values()) {
            if (m != Meaning.PROVIDER_AND_THIRD_PARTY && m.word().equalsIgnoreCase(given)) {
                return Optional.of(new Target(m, null));
            }
        }
        return parties.stream().filter(p -> p.id().equals(given)).findFirst().map(p -> new Target(null, p.id()));
    }

    /**
     * Who the values of one row bind: one value (a party cell), or several (the columns a CIS
     * worksheet row marks), whose parties are put together, the provider first.
     *
     * @param at the row and column, for the message refusing a value nobody maps
     */
    Bound bind(List<String> values, String at) {
        var parties = new ArrayList<String>();
        for (String value : values) {
            Target target = entries.get(key(value));
            if (target == null) {
                throw new ImportRejectedException(at + ": '" + value + "' is neither provider, customer, shared, not applicable, "
                        + "third party nor a party of " + manifest.file() + " " + manifest.parties().stream().map(PartyEntry::id).toList()
                        + "; say what it means with the option responsibilities=" + value + ":provider (or another of: "
                        + MEANINGS + "), or a responsibilities entry in the manifest");
            }
            Bound bound = bound(target, at);
            for (String party : new String[] {bound.party(), bound.sharedWith()}) {
                if (party != null && !parties.contains(party)) {
                    parties.add(party);
                }
            }
        }
        parties.sort(Comparator.comparingInt(this::rank));
        if (parties.size() > 2) {
            throw new ImportRejectedException(at + ": " + values + " bind " + parties.size() + " parties " + parties
                    + "; a statement binds one party, or two when shared");
        }
        return new Bound(parties.isEmpty() ? null : parties.get(0), parties.size() == 2 ? parties.get(1) : null);
    }

    private Bound bound(Target target, String at) {
        if (target.party() != null) {
            return new Bound(target.party(), null);
        }
        return switch (target.meaning()) {
            case PROVIDER -> new Bound(role("provider", at), null);
            case CUSTOMER -> new Bound(role("customer", at), null);
            case SHARED -> new Bound(role("provider", at), role("customer", at));
            case NOT_APPLICABLE -> new Bound(null, null);
            case THIRD_PARTY -> new Bound(thirdParty().id(), null);
            case PROVIDER_AND_THIRD_PARTY -> new Bound(role("provider", at), thirdParty().id());
        };
    }

    /**
     * The third party: the manifest's party of role third-party, else one of the provider's own,
     * {@code <provider>-third-party}, which the import adds to the parties when a statement binds it.
     */
    PartyEntry thirdParty() {
        return manifest.parties().stream().filter(p -> "third-party".equals(p.role())).findFirst()
                .orElseGet(() -> new PartyEntry(manifest.provider() + "-third-party", "Third party of " + manifest.parties().stream()
                        .filter(p -> p.id().equals(manifest.provider()) && p.name() != null).map(PartyEntry::name).findFirst()
                        .orElse(manifest.provider()), "third-party", null));
    }

    /** The manifest's party of that role, the provider's own first where several have it. */
    private String role(String role, String at) {
        return manifest.parties().stream().filter(p -> role.equals(p.role()))
                .sorted(Comparator.comparing((PartyEntry p) -> !p.id().equals(manifest.provider())))
                .findFirst().map(PartyEntry::id)
                .orElseThrow(() -> new ImportRejectedException(at + ": the file's manifest names no " + role + " party"));
    }

    /** The provider itself, other providers, customers, third parties, others: the order a shared statement names them in. */
    private int rank(String party) {
        if (party.equals(manifest.provider())) {
            return 0;
        }
        String role = manifest.parties().stream().filter(p -> p.id().equals(party)).map(PartyEntry::role).findFirst()
                .orElse(thirdParty().role());
        return switch (String.valueOf(role)) {
            case "provider" -> 1;
            case "customer" -> 2;
            case "third-party" -> 3;
            default -> 4;
        };
    }

    private static void words(Meaning meaning, String... values) {
        for (String value : values) {
            BUILT_IN.put(key(value), meaning);
        }
    }

    private static String key(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
