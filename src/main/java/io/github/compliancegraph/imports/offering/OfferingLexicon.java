package io.github.compliancegraph.imports.offering;

import io.github.compliancegraph.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names a compliance-offering page uses for frameworks, services, parties and impact levels,
 * in French and English. Matching is on folded text (case and accents ignored), longest phrase
 * first, so that "Azure Service public" is read as Azure Government and not as Azure.
 */
final class OfferingLexicon {

    /** Something the page can name, and the phrases that name it. */
    record Entry(String id, String name, String role, List<String> phrases) {
    }

    /** Where in a text an entry is named. */
    record Mention(Entry entry, int start, int end) {
    }

    /** FedRAMP named without a baseline: the page's audited baselines are meant. */
    static final Entry FEDRAMP = new Entry("fedramp", "FedRAMP", null, List.of("FedRAMP"));

    static final List<Entry> FRAMEWORKS = List.of(
            new Entry("mars-e-2.0", "MARS-E 2.0", null, List.of("MARS-E 2.0", "MARS-E")),
            new Entry("nist-sp800-53-r4", "NIST SP 800-53 rev 4", null, List.of("800-53 rev 4", "800-53 rev. 4", "800-53 revision 4")),
            FEDRAMP);

    static final List<Entry> FEDRAMP_LEVELS = List.of(
            new Entry("fedramp-moderate-r4", "FedRAMP Moderate", null, List.of("modéré", "moderate")),
            new Entry("fedramp-high-r4", "FedRAMP High", null, List.of("élevé", "high")));

    static final List<Entry> SERVICES = List.of(
            new Entry("azure-government", "Azure Government", null, List.of("Azure Government", "Azure Service public")),
            new Entry("azure", "Azure", null, List.of("Azure")),
            new Entry("intune", "Intune", null, List.of("Intune")));

    static final Entry CUSTOMER = new Entry("microsoft-customer", "Client Azure / Azure Government", "customer",
            List.of("les clients", "vos clients", "le client", "customers"));

    /** Words by which the publisher speaks of itself. */
    static final List<String> FIRST_PERSON = List.of("notre", "nos", "nous", "our", "we");

    static final List<Entry> REGULATED_ENTITIES = List.of(
            new Entry("aca-administering-entities", "Entities administering the Affordable Care Act", "regulated-entity",
                    List.of("entités administrant l'Affordable Care Act", "entités de gestion ACA")),
            new Entry("aca-exchanges", "Exchanges and marketplaces", "regulated-entity",
                    List.of("bourses ou les marchés", "bourse ou les marchés", "exchanges")),
            new Entry("aca-federal-and-state-agencies", "Federal and state agencies", "regulated-entity",
                    List.of("agences fédérales et régionales")),
            new Entry("medicaid-agency", "Medicaid agency", "regulated-entity", List.of("agence fédérale Medicaid")),
            new Entry("chip-agencies", "CHIP agencies", "regulated-entity", List.of("agences CHIP")),
            new Entry("aca-vendors-and-contractors", "Vendors and contractors of ACA entities", "regulated-entity",
                    List.of("fournisseurs et sous-traitants")));

    private OfferingLexicon() {
    }

    /** Every entry named in the text, in order, overlapping names resolved to the longest. */
    static List<Mention> find(List<Entry> entries, String text) {
        String folded = Folding.fold(text);
        record Candidate(Entry entry, String phrase) {
        }
        List<Candidate> candidates = entries.stream()
                .flatMap(e -> e.phrases().stream().map(p -> new Candidate(e, Folding.fold(p))))
                .sorted(Comparator.comparingInt((Candidate c) -> c.phrase().length()).reversed())
                .toList();
        var found = new ArrayList<Mention>();
        for (Candidate c : candidates) {
            for (int at = folded.indexOf(c.phrase()); at >= 0; at = folded.indexOf(c.phrase(), at + 1)) {
                int start = at;
                int end = at + c.phrase().length();
                boolean wholeWord = (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)))
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
                if (wholeWord && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    found.add(new Mention(c.entry(), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    static boolean names(List<Entry> entries, String text) {
        return !find(entries, text).isEmpty();
    }
}
