package io.github.compliancegraph.imports.oscal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.compliancegraph.mapping.CitedReference;

/**
 * A statement gathered from every provided or responsibility entry that carries it, with the
 * parties it binds and the clauses it cites.
 */
final class SspStatement {

    /** Where the statement was first met, for the report. */
    final String path;
    final String text;
    final String section;
    final String sectionTitle;
    final String lang;
    final String statementId;
    final String responsibility;
    final String implementationStatus;
    /** Party id by side (provider, customer), in the order bound. */
    final Map<String, String> parties = new LinkedHashMap<>();
    private final Map<String, Cites> refs = new LinkedHashMap<>();
    private final Set<String> cell;

    /**
     * @param keepsCell whether to keep what the entries cite, as written, as the statement's
     *                  reference cell ("ac-2_smt.a (provided 1111…)"): for plans written by others;
     *                  this project's export carries statements whose cells were kept when first imported
     */
    SspStatement(String path, String text, Map<String, String> props, String defaultSection, String statementId,
            SspTraits traits, boolean keepsCell) {
        this.path = path;
        this.text = text;
        this.section = props.getOrDefault("section", defaultSection);
        this.sectionTitle = props.get("section-title");
        this.lang = props.get("lang");
        this.statementId = statementId;
        this.responsibility = traits.origination();
        this.implementationStatus = traits.status();
        this.cell = keepsCell ? new LinkedHashSet<>() : null;
    }

    /** The parts of one clause the statement cites, and how the plan wrote them. */
    private static final class Cites {
        final Set<String> qualifiers = new LinkedHashSet<>();
        final Set<String> asWritten = new LinkedHashSet<>();
        boolean wholeControl;
    }

    void bind(Map<String, String> bySide) {
        bySide.forEach(parties::putIfAbsent);
    }

    /** @param providedUuid the provided entry a responsibility answers, or null */
    void cite(SspCitation citation, String providedUuid) {
        Cites cites = refs.computeIfAbsent(citation.ref(), r -> new Cites());
        if (citation.qualifier() == null) {
            cites.wholeControl = true;
        } else {
            cites.qualifiers.add(citation.qualifier());
        }
        cites.asWritten.add(citation.asWritten());
        if (cell != null) {
            cell.add(citation.asWritten() + (providedUuid == null ? "" : " (provided " + providedUuid + ")"));
        }
    }

    /** One reference per clause; a clause cited as a whole by any entry is cited without qualifier. */
    List<CitedReference> references(String framework) {
        return refs.entrySet().stream().map(e -> new CitedReference(framework, e.getKey(),
                e.getValue().wholeControl ? null : String.join(" ", e.getValue().qualifiers),
                String.join(", ", e.getValue().asWritten))).toList();
    }

    /** What the entries cite, as written, or null for this project's export. */
    String referenceCell() {
        return cell == null ? null : String.join("; ", cell);
    }
}
