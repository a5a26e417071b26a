package io.github.compliancegraph.imports.cisoassistant;

import java.util.Locale;
import java.util.Optional;

/**
 * The framework and ref a CISO Assistant requirement urn spells, read without its library. CISO Assistant
 * names a requirement node {@code urn:<publisher>:risk:req_node:<framework>:<node>}, where the framework is
 * its framework urn's last segment and the node is the node's {@code ref_id} lower-cased with spaces as
 * {@code -} ({@code A.5.1.1} gives {@code a.5.1.1}, HDS {@code [EXI 01]} gives {@code [exi-01]}), or a
 * generated name such as {@code node378} for a node without one, which the library parser keeps as the
 * clause's ref. A mapping set needs this to meet clauses imported without urns, such as the shipped
 * catalogs: their refs compare to {@link #ref} once written the same way.
 *
 * @param framework the project's framework id, renamed like a library's ({@link CisoAssistantLibraryParser#frameworkId})
 * @param ref       the node segment, lower case
 */
public record RequirementUrn(String framework, String ref) {

    private static final int SEGMENTS = 6;

    /** The framework and ref of a requirement node urn; empty for anything else, which only its urn can resolve. */
    public static Optional<RequirementUrn> parse(String urn) {
        String[] segments = urn.strip().split(":", -1);
        if (segments.length != SEGMENTS || !segments[0].equalsIgnoreCase("urn") || !segments[3].equalsIgnoreCase("req_node")
                || segments[4].isBlank() || segments[5].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RequirementUrn(CisoAssistantLibraryParser.frameworkId(segments[4]),
                segments[5].toLowerCase(Locale.ROOT)));
    }
}
