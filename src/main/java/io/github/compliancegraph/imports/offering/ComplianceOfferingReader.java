package io.github.compliancegraph.imports.offering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.CypherCall;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.offering.OfferingLexicon.Entry;
import io.github.compliancegraph.imports.offering.OfferingLexicon.Mention;
import io.github.compliancegraph.imports.offering.ParsedOffering.Question;
import io.github.compliancegraph.imports.offering.ParsedOffering.Section;
import io.github.compliancegraph.imports.offering.ParsedOffering.Text;
import io.github.compliancegraph.mapping.CitedReference;
import io.github.compliancegraph.mapping.Resolution;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.text.Folding;

/**
 * Reads what a compliance-offering page says about frameworks, services and parties:
 * <ul>
 * <li>the framework the page is about, and the one it derives from (a sentence naming both and
 * saying one was made from the other);</li>
 * <li>the in-scope services, offered by the page's publisher;</li>
 * <li>the audits behind each service (a FedRAMP sentence naming services and impact levels), which
 * become evidence for the page's framework;</li>
 * <li>who the framework applies to (the FAQ question "À qui ...");</li>
 * <li>every other FAQ answer, sentence by sentence, as controls of the party the sentence is about.</li>
 * </ul>
 */
public final class ComplianceOfferingReader {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}À-Ý])");
    private static final Pattern APPLICABILITY = Pattern.compile("(?iu)^(à|a) qui\\b|\\bapplies to\\b|\\bwho\\b.*\\bapply");
    private static final String FAQ_SECTION = "faq";
    /** Wording by which a page says one framework was made from another. */
    private static final Pattern DERIVATION = Pattern.compile(
            "(?iu)se conformer|d[ée]riv[ée]|fond[ée] sur|bas[ée] sur|revu|derived|based on|aligned with");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private final ComplianceOfferingParser parser = new ComplianceOfferingParser();

    public SourceGraph read(SourceManifest manifest, ImportedSource source, String text) {
        ParsedOffering page = parser.parse(text);
        source = source.date() == null ? source.withDate(lastHandoff(page)) : source;
        String framework = pageFramework(page, source);
        String provider = manifest.provider();
        var problems = new ArrayList<Problem>();
        var parties = new LinkedHashMap<String, PartyRecord>();
        parties.put(provider, new PartyRecord(provider, manifest.publisher(), "provider"));
        var extras = new ArrayList<CypherCall>();

        List<Map<String, Object>> services = services(page);
        extras.add(new CypherCall("import/offering-services-merge", Map.of("source", source.id(), "provider", provider,
                "framework", framework, "services", services)));
        extras.add(new CypherCall("import/frameworks-derived-merge", Map.of("source", source.id(),
                "relations", derivations(page, framework))));
        List<Map<String, Object>> audits = audits(page);
        extras.add(new CypherCall("import/services-audited-merge", Map.of("source", source.id(), "audits", audits)));
        extras.add(new CypherCall("import/frameworks-evidence-merge", Map.of("source", source.id(),
                "relations", audits.stream().map(a -> Map.of("from", a.get("framework"), "to", framework,
                        "evidence", a.get("evidence"))).distinct().toList())));
        Set<String> auditedFrameworks = new LinkedHashSet<>();
        audits.forEach(a -> auditedFrameworks.add((String) a.get("framework")));

        var controls = new ArrayList<ControlRecord>();
        var ids = new ControlIdentity(source.id());
        List<Question> questions = page.sections().stream().flatMap(s -> s.questions().stream()).toList();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            String answer = String.join(" ", question.answer().stream().map(Text::text).toList());
            if (APPLICABILITY.matcher(question.question().text()).find()) {
                List<String> entities = applicability(answer, parties);
                extras.add(new CypherCall("import/framework-applies-merge", Map.of("source", source.id(),
                        "framework", framework, "parties", entities, "evidence", answer)));
                continue;
            }
            String section = FAQ_SECTION + "-" + (q + 1);
            String actor = null;
            for (Text paragraph : question.answer()) {
                for (String sentence : SENTENCE_END.split(paragraph.text())) {
                    actor = actorOf(sentence, provider, actor);
                    if (actor == null) {
                        problems.add(new Problem(paragraph.line(), "'" + sentence + "' names no party, not a statement"));
                        continue;
                    }
                    if (actor.equals(OfferingLexicon.CUSTOMER.id())) {
                        parties.putIfAbsent(actor, partyOf(OfferingLexicon.CUSTOMER));
                    }
                    controls.add(new ControlRecord(ids.next(section, actor, sentence), actor, section,
                            question.question().text(), sentence, manifest.language(), paragraph.line(), controls.size() + 1,
                            null, frameworksNamed(sentence, framework, auditedFrameworks), null, null, null, null));
                }
            }
        }
        if (controls.isEmpty()) {
            throw new ImportRejectedException(source.file() + ": no responsibility statement found in a FAQ section");
        }
        return new SourceGraph(source, List.copyOf(parties.values()), controls, extras, problems);
    }

    /** Microsoft pages date their translation in {@code ms.lasthandoff}, written month/day/year. */
    private static String lastHandoff(ParsedOffering page) {
        Object value = page.frontMatter().get("ms.lasthandoff");
        var date = value == null ? null : US_DATE.matcher(value.toString().strip());
        return date != null && date.matches()
                ? "%s-%02d-%02d".formatted(date.group(3), Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)))
                : null;
    }

    private static String pageFramework(ParsedOffering page, ImportedSource source) {
        String title = page.title() == null ? String.valueOf(page.frontMatter().get("title")) : page.title();
        return OfferingLexicon.find(OfferingLexicon.FRAMEWORKS, title).stream()
                .map(m -> m.entry().id()).findFirst()
                .orElseThrow(() -> new ImportRejectedException(source.file() + ": the title '" + title
                        + "' names no known framework"));
    }

    private static List<Map<String, Object>> services(ParsedOffering page) {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        Section scope = page.sections().stream().filter(s -> s.anchor().contains("in-scope")).findFirst().orElse(null);
        if (scope != null) {
            for (Text item : scope.items()) {
                OfferingLexicon.find(OfferingLexicon.SERVICES, item.text()).forEach(m ->
                        services.putIfAbsent(m.entry().id(), Map.of("id", m.entry().id(), "name", m.entry().name())));
            }
        }
        return List.copyOf(services.values());
    }

    private static List<Map<String, Object>> derivations(ParsedOffering page, String framework) {
        var relations = new LinkedHashMap<String, Map<String, Object>>();
        for (String sentence : sentences(page)) {
            if (!DERIVATION.matcher(sentence).find()) {
                continue;
            }
            List<Mention> named = OfferingLexicon.find(OfferingLexicon.FRAMEWORKS, sentence);
            boolean namesPageFramework = named.stream().anyMatch(m -> m.entry().id().equals(framework));
            named.stream().map(m -> m.entry().id())
                    .filter(id -> namesPageFramework && id.startsWith("nist-"))
                    .forEach(id -> relations.putIfAbsent(id, Map.of("from", framework, "to", id, "evidence", sentence)));
        }
        return List.copyOf(relations.values());
    }

    /** In a FedRAMP sentence, each service is followed by the impact level it was audited at. */
    private static List<Map<String, Object>> audits(ParsedOffering page) {
        var audits = new ArrayList<Map<String, Object>>();
        for (String sentence : sentences(page)) {
            if (!OfferingLexicon.names(List.of(OfferingLexicon.FEDRAMP), sentence)) {
                continue;
            }
            List<Mention> services = OfferingLexicon.find(OfferingLexicon.SERVICES, sentence);
            List<Mention> levels = OfferingLexicon.find(OfferingLexicon.FEDRAMP_LEVELS, sentence);
            for (Mention service : services) {
                levels.stream().filter(l -> l.start() > service.end()).findFirst().ifPresent(level ->
                        audits.add(Map.of("service", service.entry().id(), "framework", level.entry().id(),
                                "evidence", sentence)));
            }
        }
        return audits;
    }

    private static List<String> applicability(String answer, Map<String, PartyRecord> parties) {
        var ids = new ArrayList<String>();
        for (Mention m : OfferingLexicon.find(OfferingLexicon.REGULATED_ENTITIES, answer)) {
            parties.putIfAbsent(m.entry().id(), partyOf(m.entry()));
            if (!ids.contains(m.entry().id())) {
                ids.add(m.entry().id());
            }
        }
        return ids;
    }

    /** Who a sentence is about: the customer, the publisher (by name or "we"), or whoever the previous sentence was about. */
    private static String actorOf(String sentence, String provider, String previous) {
        if (OfferingLexicon.names(List.of(OfferingLexicon.CUSTOMER), sentence)) {
            return OfferingLexicon.CUSTOMER.id();
        }
        String folded = Folding.fold(sentence);
        boolean publisher = folded.contains(provider.toLowerCase())
                || OfferingLexicon.FIRST_PERSON.stream().anyMatch(w -> folded.matches("(?s).*\\b" + w + "\\b.*"));
        return publisher ? provider : previous;
    }

    /** The frameworks a sentence names (FedRAMP as the audited baselines); the page's own when it names none. */
    private static List<ResolvedReference> frameworksNamed(String sentence, String pageFramework, Set<String> fedramp) {
        var ids = new LinkedHashSet<String>();
        var asWritten = new LinkedHashMap<String, String>();
        for (Mention m : OfferingLexicon.find(OfferingLexicon.FRAMEWORKS, sentence)) {
            String written = sentence.substring(m.start(), m.end());
            List<String> targets = m.entry() == OfferingLexicon.FEDRAMP ? List.copyOf(fedramp) : List.of(m.entry().id());
            targets.forEach(t -> {
                ids.add(t);
                asWritten.putIfAbsent(t, written);
            });
        }
        if (ids.isEmpty()) {
            ids.add(pageFramework);
            asWritten.put(pageFramework, "(page subject)");
        }
        return ids.stream().map(id -> new ResolvedReference(new CitedReference(id, null, null, asWritten.get(id)), null,
                Resolution.FRAMEWORK)).toList();
    }

    private static List<String> sentences(ParsedOffering page) {
        var sentences = new ArrayList<String>();
        for (Section section : page.sections()) {
            for (Text paragraph : section.paragraphs()) {
                sentences.addAll(List.of(SENTENCE_END.split(paragraph.text())));
            }
        }
        return sentences;
    }

    private static PartyRecord partyOf(Entry entry) {
        return new PartyRecord(entry.id(), entry.name(), entry.role());
    }
}
