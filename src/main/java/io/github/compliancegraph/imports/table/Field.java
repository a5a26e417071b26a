package io.github.compliancegraph.imports.table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a responsibility table holds, and the headers it goes by in the layouts met in
 * the field: matrices written by hand, FedRAMP CIS/CRM workbooks, CSA CCM/CAIQ SSRM sheets, cloud
 * providers' security baselines and CIS-benchmark-style sheets. Headers are compared in their
 * {@linkplain #normalise normal form}; an exact name wins over a phrase the header contains, and
 * among phrases the first field in this order wins ("Recommendation #" is an id, "Recommendation"
 * a statement; "Control ID" an id, "Can Be Inherited from CSP" a party).
 */
enum Field {
    ID(false, false, List.of("id", "statement id", "stmt id", "no", "number", "ref", "recommendation no", "control no"),
            List.of("control id", "statement id")),
    SECTION(false, false, List.of("section", "chapter", "domain", "category", "area", "family", "section no"),
            List.of("domain", "control family")),
    PARTY(true, false, List.of("party", "responsibility", "responsible", "owner", "who", "ownership"),
            List.of("responsibility", "ownership", "origination", "can be inherited", "responsible party")),
    STATUS(false, false, List.of("implementation status", "status"), List.of("implementation status")),
    LANGUAGE(false, false, List.of("language", "lang"), List.of()),
    REFERENCE(true, true, List.of("reference", "references", "reference cell", "mapping", "mappings", "controls",
            "framework references"), List.of("nist", "800 53", "sp800 53", "iso", "27001", "references", "mappings")),
    STATEMENT(true, true, List.of("statement", "statement text", "text", "description", "requirement",
            "responsibility statement", "recommendation", "title", "guidance"),
            List.of("responsibilities", "implementation description", "guidance"));

    /** Whether a table without it is refused. */
    final boolean required;
    /** Whether several columns may hold it: statement texts are joined, every reference column is read. */
    final boolean several;
    private final List<String> names;
    private final List<String> phrases;

    Field(boolean required, boolean several, List<String> names, List<String> phrases) {
        this.required = required;
        this.several = several;
        this.names = names;
        this.phrases = phrases;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String accepted() {
        return "accepted names: " + String.join(", ", names)
                + (phrases.isEmpty() ? "" : "; or a header containing " + String.join(", ", phrases));
    }

    /** The field a header names: by exact name first, then by a phrase it contains. */
    static Optional<Field> of(String header) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.names.contains(key)).findFirst()
                .or(() -> Arrays.stream(values()).filter(f -> f.phrases.stream().anyMatch(p -> (" " + key + " ").contains(" " + p + " ")))
                        .findFirst());
    }

    /** Whether the header is one of the field's names, not only a header containing one of its phrases. */
    boolean isNamed(String header) {
        return names.contains(normalise(header));
    }

    /** The field a columns map names ("statement", "party"...). */
    static Optional<Field> named(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * A header as compared: lower case, "#" read as "no", "&" as "and", a plural "(s)" dropped,
     * every other punctuation a space ("NIST SP800-53 r4 ID(s)" is "nist sp800 53 r4 id").
     */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("(s)", "").replace("#", " no ").replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
