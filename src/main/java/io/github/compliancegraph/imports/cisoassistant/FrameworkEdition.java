package io.github.compliancegraph.imports.cisoassistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A CISO Assistant framework's name and edition. A library has no edition field: its {@code version} is
 * the library's packaging version (18 for ISO/IEC 27001:2022, 1 for NIST SP 800-53 rev 5), bumped at each
 * repackaging. The edition ends the framework's designation instead: its ref_id ("ISO/IEC 27001:2022",
 * "SecNumCloud v3.2"), its name ("NIST SP 800-53 revision 5") or its urn ("iso27001-2022").
 *
 * @param name    the framework's name without its edition, so that name and edition read once each
 * @param edition "2022", "rev 5" or "3.2", as the registry writes editions; null when none is written
 */
record FrameworkEdition(String name, String edition) {

    /** A designation ending in an edition: a year, a revision ("rev5", "revision 5") or a version ("v3.2"). */
    private static final Pattern ENDS_IN_EDITION = Pattern.compile("(?<name>.*?\\S)[\\s:_-]+(?:(?<year>(?:19|20)\\d\\d)"
            + "|rev(?:ision)?[\\s_-]*(?<revision>\\d+)|v(?:ersion)?[\\s_-]*(?<version>\\d+(?:\\.\\d+)*))", Pattern.CASE_INSENSITIVE);

    /**
     * The ref_id is the designation people write ("ISO/IEC 27001:2022"), the name often a longer title
     * ("International standard ISO/IEC 27001:2022"), so a ref_id naming an edition names the framework too;
     * unless it is a slug without spaces ("NIST-SP-800-53-rev5"), when the name does. Failing both, the
     * edition is read from the slug or the urn's last segment, and the name is kept whole.
     */
    static FrameworkEdition of(String name, String refId, String urnTail) {
        Optional<Matcher> designation = Stream.of(refId != null && refId.contains(" ") ? refId : null, name)
                .map(FrameworkEdition::endingInEdition).flatMap(Optional::stream).findFirst();
        if (designation.isPresent()) {
            return new FrameworkEdition(designation.get().group("name"), edition(designation.get()));
        }
        String edition = Stream.of(refId, urnTail).map(FrameworkEdition::endingInEdition).flatMap(Optional::stream)
                .findFirst().map(FrameworkEdition::edition).orElse(null);
        return new FrameworkEdition(name, edition);
    }

    private static Optional<Matcher> endingInEdition(String designation) {
        return Optional.ofNullable(designation).map(d -> ENDS_IN_EDITION.matcher(d.strip())).filter(Matcher::matches);
    }

    private static String edition(Matcher m) {
        return m.group("year") != null ? m.group("year")
                : m.group("revision") != null ? "rev " + m.group("revision")
                : m.group("version");
    }
}
