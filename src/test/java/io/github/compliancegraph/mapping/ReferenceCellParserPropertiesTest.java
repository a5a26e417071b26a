package io.github.compliancegraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.mapping.Notation.LetteredItems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the reference-cell parser over generated cells: it never throws, it finds every
 * framework a cell mentions, and whitespace or dash variants of a cell give the same references.
 */
class ReferenceCellParserPropertiesTest {

    private static final List<Notation> NOTATIONS = List.of(
            new Notation("ISO", "iso27001-2013", LetteredItems.QUALIFIER),
            new Notation("SNC", "secnumcloud-3.2", LetteredItems.CLAUSE),
            new Notation("HDS", "hds", LetteredItems.QUALIFIER));
    private static final List<String> DASHES = List.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212");
    private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\u202F", "\t", " \u00A0");

    private final ReferenceCellParser parser = new ReferenceCellParser(NOTATIONS);

    /** A cell as the matrix writes them: mentions of a framework prefix, a dash, then clause numbers. */
    record Cell(List<Mention> mentions) {
        String write(String dash, String space) {
            return mentions.stream().map(m -> m.write(dash, space)).collect(Collectors.joining(space));
        }

        Set<String> frameworks() {
            return mentions.stream().map(m -> m.notation().framework()).collect(Collectors.toSet());
        }
    }

    record Mention(Notation notation, List<String> numbers) {
        String write(String dash, String space) {
            return notation.prefix() + space + dash + space + String.join(space + "et" + space, numbers);
        }
    }

    @Provide
    Arbitrary<Cell> cells() {
        Arbitrary<String> number = Combinators.combine(
                Arbitraries.of("", "A", "A.", "A "),
                Arbitraries.integers().between(1, 21),
                Arbitraries.integers().between(1, 12).list().ofMaxSize(3),
                Arbitraries.of("", " a)", " b) c)", "P", " C", ".d"))
                .as((annex, head, rest, tail) -> annex + head
                        + rest.stream().map(n -> "." + n).collect(Collectors.joining()) + tail);
        Arbitrary<Mention> mention = Combinators.combine(Arbitraries.of(NOTATIONS), number.list().ofMinSize(1).ofMaxSize(3))
                .as(Mention::new);
        return mention.list().ofMinSize(1).ofMaxSize(3).map(Cell::new);
    }

    @Provide
    Arbitrary<String> dashes() {
        return Arbitraries.of(DASHES);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(SPACES);
    }

    /** What a parse found, without the cell's own characters (asWritten keeps them as written). */
    private List<String> targets(String cell) {
        return parser.parse(cell).references().stream()
                .map(r -> r.framework() + ":" + r.ref() + ":" + r.qualifier())
                .toList();
    }

    @Property(tries = 1000)
    void neverThrowsOnAnyText(@ForAll @StringLength(max = 200) String anything) {
        ParsedCell parsed = parser.parse(anything);
        assertThat(parsed.references()).isNotNull();
        assertThat(parsed.problems()).isNotNull();
    }

    @Property(tries = 1000)
    void neverThrowsOnCellLikeNoise(@ForAll("cells") Cell cell, @ForAll @StringLength(max = 12) String noise,
            @ForAll("dashes") String dash) {
        String written = cell.write(dash, " ");
        int at = Math.abs(noise.hashCode()) % (written.length() + 1);
        parser.parse(written.substring(0, at) + noise + written.substring(at));
    }

    @Property(tries = 1000)
    void findsEveryFrameworkMentioned(@ForAll("cells") Cell cell, @ForAll("dashes") String dash, @ForAll("spaces") String space) {
        ParsedCell parsed = parser.parse(cell.write(dash, space));
        assertThat(parsed.references().stream().map(CitedReference::framework)).containsAll(cell.frameworks());
        assertThat(parsed.problems()).as(cell.write(dash, space)).isEmpty();
    }

    @Property(tries = 1000)
    void sameReferencesUnderWhitespaceAndDashVariants(@ForAll("cells") Cell cell, @ForAll("dashes") String dash,
            @ForAll("spaces") String space) {
        String plain = cell.write("-", " ");
        String variant = cell.write(dash, space);
        assertThat(targets(variant)).as("'%s' against '%s'", variant, plain).isEqualTo(targets(plain));
        assertThat(targets("\u00A0" + variant + " \t")).isEqualTo(targets(plain));
    }
}
