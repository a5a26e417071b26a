package io.github.compliancegraph.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.compliancegraph.mapping.Notation;
import io.github.compliancegraph.mapping.SectionContext;

/**
 * What the importer needs to know about a document besides its content: its provenance, and for
 * a responsibility matrix the parties its blocks name and how its reference cells write frameworks.
 * One entry of {@code data/sources/sources.yaml}.
 *
 * <p>A responsibility table (any provider's matrix, see {@code MatrixManifest}) may also say where its
 * table lies and how to read it:
 *
 * @param sheet            the workbook sheet holding the table, or null to take the sheet whose header matches best
 * @param framework        the framework a reference cell naming none is read in ({@code nist-sp800-53-r5}), or null
 *                         to infer it from the reference column's header
 * @param columns          field ({@code statement}, {@code party}, {@code reference}, {@code id}, {@code section},
 *                         {@code language}, {@code status}) to the headers of the columns holding it, overriding
 *                         the header names the reader knows
 * @param responsibilities a party cell as written to what it means: {@code provider}, {@code customer},
 *                         {@code shared}, {@code not-applicable}, {@code third-party} or a party id
 * @param buildsOn         the providers (party ids) whose services the provider's own are built on, as a platform
 *                         builds on an infrastructure provider: written as {@code BUILDS_ON} edges from this source
 */
public record SourceManifest(String id, String kind, String file, String title, String publisher, String language,
        String date, String provenance, String provider, List<PartyEntry> parties, List<Notation> notations,
        SectionContext isoContext, String sheet, String framework, Map<String, List<String>> columns,
        Map<String, String> responsibilities, List<String> buildsOn) {

    public static final String RESPONSIBILITY_MATRIX = "responsibility-matrix";
    public static final String COMPLIANCE_OFFERING = "compliance-offering";

    @JsonCreator
    public SourceManifest {
        parties = parties == null ? List.of() : List.copyOf(parties);
        notations = notations == null ? List.of() : List.copyOf(notations);
        isoContext = isoContext == null ? SectionContext.NONE : isoContext;
        // kept in the order written: the first header named for a field is the first joined
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        responsibilities = responsibilities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(responsibilities));
        buildsOn = buildsOn == null ? List.of() : List.copyOf(buildsOn);
    }

    /** A document whose layout the reader knows (a bundled matrix, an offering page, an OSCAL plan). */
    public SourceManifest(String id, String kind, String file, String title, String publisher, String language,
            String date, String provenance, String provider, List<PartyEntry> parties, List<Notation> notations,
            SectionContext isoContext) {
        this(id, kind, file, title, publisher, language, date, provenance, provider, parties, notations, isoContext,
                null, null, null, null, null);
    }

    /** The same document, read from another file (a newer version of it). */
    public SourceManifest withFile(String otherFile) {
        return new SourceManifest(id, kind, otherFile, title, publisher, language, date, provenance, provider, parties,
                notations, isoContext, sheet, framework, columns, responsibilities, buildsOn);
    }

    /** A party as the document's block headings name it ("Client"). */
    public record PartyEntry(String id, String name, String role, String heading) {
    }
}
