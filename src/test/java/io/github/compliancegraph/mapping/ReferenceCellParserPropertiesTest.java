package io.github.compliancegraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.compliancegraph.mapping.Notation.LetteredItems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the reference-cell parser over generated cells: it never throws, it finds every
 * framework a cell mentions, and whitespace or dash variants of a cell give the same references.
 * NIST SP 800-53 identifiers read the same however they are published: zero padded or not, OSCAL's
 * lower-case form, with or without a title, several in one cell.
 */
class ReferenceCellParserPropertiesTest {

    private static final List<Notation> NOTATIONS = List.of(
            new Notation("ISO", "iso27001-2013", LetteredItems.QUALIFIER),
            new Notation("SNC", "secnumcloud-3.2", LetteredItems.CLAUSE),
            new Notation("HDS", "hds", LetteredItems.QUALIFIER));
    private static final List<String> DASHES = List.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212");
    private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\u202F", "\t", " \u00A0");

    private final ReferenceCellParser parser = new ReferenceCellParser(NOTATIONS);
    private final ReferenceCellParser nist = new ReferenceCellParser(List.of(),
            new Notation("NIST", "nist-sp800-53-r4", LetteredItems.QUALIFIER));

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

    /** A NIST SP 800-53 control, its enhancement (0 for none) and part letter (null for none). */
    record Control(String family, int number, int enhancement, String part) {
        String ref() {
            return family + "-" + number + (enhancement == 0 ? "" : "(" + enhancement + ")");
        }

        /** As FedRAMP and the providers publish it, numbers zero padded to {@code width}. */
        String write(int width, String space, String partForm) {
            return String.format("%s-%0" + width + "d", family, number)
                    + (enhancement == 0 ? "" : space + String.format("(%0" + width + "d)", enhancement))
                    + (part == null ? "" : partForm.formatted(part));
        }

        /** OSCAL's control id ("ac-2.1"), which has no part letter. */
        String oscal() {
            return family.toLowerCase(Locale.ROOT) + "-" + number + (enhancement == 0 ? "" : "." + enhancement);
        }
    }

    @Provide
    Arbitrary<Control> controls() {
        return Combinators.combine(
                Arbitraries.of("AC", "AT", "AU", "CA", "CM", "CP", "IA", "IR", "MA", "MP", "PE", "PL", "PM", "PS", "RA", "SA", "SC", "SI"),
                Arbitraries.integers().between(1, 25), Arbitraries.integers().between(0, 21),
                Arbitraries.of("a", "b", "c", "h").injectNull(0.4))
                .as(Control::new);
    }

    @Provide
    Arbitrary<String> partForms() {
        return Arbitraries.of(" (%s)", "(%s)", "%s", ".%s", " %s)");
    }

    /** A title in capitals as FedRAMP writes them: words, "|", "&", commas and words in parentheses. */
    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> piece = Arbitraries.oneOf(word, word.map(w -> "(" + w + " " + w + ")"));
        return piece.list().ofMinSize(1).ofMaxSize(6).flatMap(pieces -> Arbitraries.of(" ", " | ", " & ", ", ")
                .list().ofSize(pieces.size()).map(joiners -> {
                    var title = new StringBuilder(pieces.get(0));
                    for (int i = 1; i < pieces.size(); i++) {
                        title.append(joiners.get(i)).append(pieces.get(i));
                    }
                    return title.toString();
                }));
    }

    @Property(tries = 1000)
    void zeroPaddedNistIdentifierIsItsUnpaddedForm(@ForAll("controls") Control control, @ForAll @IntRange(min = 1, max = 3) int width,
            @ForAll("partForms") String partForm, @ForAll boolean spaced) {
        String written = control.write(width, spaced ? " " : "", partForm);
        ParsedCell parsed = nist.parse(written);
        assertThat(parsed.problems()).as(written).isEmpty();
        assertThat(parsed.references()).as(written).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo(control.ref());
            assertThat(r.qualifier()).isEqualTo(control.part());
        });
        if (control.part() == null) {
            assertThat(nist.parse(control.oscal()).references()).extracting(CitedReference::ref).containsExactly(control.ref());
        }
    }

    @Property(tries = 1000)
    void everyNistIdentifierOfACellWithOrWithoutTitles(@ForAll @Size(min = 1, max = 5) List<@From("controls") Control> controls,
            @ForAll @Size(max = 5) List<@From("titles") String> titles, @ForAll("nistSeparators") String separator) {
        var cell = new StringBuilder();
        for (int i = 0; i < controls.size(); i++) {
            cell.append(i == 0 ? "" : separator).append(controls.get(i).write(2, " ", " (%s)"))
                    .append(i < titles.size() ? ": " + titles.get(i) : "");
        }
        ParsedCell parsed = nist.parse(cell.toString());
        assertThat(parsed.problems()).as(cell.toString()).isEmpty();
        assertThat(parsed.references()).as(cell.toString()).extracting(r -> r.ref() + " " + r.qualifier())
                .containsExactlyElementsOf(controls.stream().map(c -> c.ref() + " " + c.part()).distinct().toList());
    }

    /** What joins a cell's identifiers; a line break arrives as a space when the table reader joined the lines. */
    @Provide
    Arbitrary<String> nistSeparators() {
        return Arbitraries.of("\n", " ", ", ", "; ", ";\n", " and ", "\r\n");
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
        for (ParsedCell parsed : List.of(parser.parse(anything), nist.parse(anything))) {
            assertThat(parsed.references()).isNotNull();
            assertThat(parsed.problems()).isNotNull();
        }
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
