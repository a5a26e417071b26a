package io.github.compliancegraph.imports;

import java.util.List;

import io.github.compliancegraph.mapping.Notation;
import io.github.compliancegraph.mapping.SectionContext;

/**
 * What the importer needs to know about a document besides its content: its provenance, and for
 * a responsibility matrix the parties its blocks name and how its reference cells write frameworks.
 * One entry of {@code data/sources/sources.yaml}.
 */
public record SourceManifest(String id, String kind, String file, String title, String publisher, String language,
        String date, String provenance, String provider, List<PartyEntry> parties, List<Notation> notations,
        SectionContext isoContext) {

    public static final String RESPONSIBILITY_MATRIX = "responsibility-matrix";
    public static final String COMPLIANCE_OFFERING = "compliance-offering";

    public SourceManifest {
        parties = parties == null ? List.of() : List.copyOf(parties);
        notations = notations == null ? List.of() : List.copyOf(notations);
        isoContext = isoContext == null ? SectionContext.NONE : isoContext;
    }

    /** The same document, read from another file (a newer version of it). */
    public SourceManifest withFile(String otherFile) {
        return new SourceManifest(id, kind, otherFile, title, publisher, language, date, provenance, provider, parties,
                notations, isoContext);
    }

    /** A party as the document's block headings name it ("Client"). */
    public record PartyEntry(String id, String name, String role, String heading) {
    }
}
