package io.github.compliancegraph.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses a reference cell such as {@code ISO – A9.2.1 SNC – 9.2 a)}, {@code SNC - 17.5 - 17.6 et 19.1 m)}
 * or {@code HDS – 4.4.6.10P} into the clauses it cites. Pure and total: whatever the cell holds,
 * it returns the references it could read and a problem line for the rest, never an exception.
 *
 * <p>A framework prefix owns the numbers that follow it up to the next prefix. A prefix followed
 * only by {@code +} shares the next prefix's numbers ({@code ISO + SNC – 5.1 a)}). A prefix with no
 * number cites the framework itself, unless the same cell cites one of its clauses
 * ({@code ISO – A14.1.3ISO}). Besides dotted numbers, a prefix owns NIST SP 800-53 identifiers as
 * published: a family and a number with an optional enhancement and part letter, zero padded or not
 * ({@code AC-2}, {@code AC-02 (01)}, {@code AC-2(1)(a)}, {@code AC-2a}), and a title after a colon
 * ({@code SC-7: BOUNDARY PROTECTION}). The part letter qualifies the control, it never names a clause.
 * In a NIST notation (framework id {@code nist-...}) a prefix also owns OSCAL's lower-case ids
 * ({@code ac-2.1}) and whole families ({@code AC}, {@code AC: ACCESS CONTROL}, cited as ref {@code AC});
 * elsewhere "et-5" or "NB:" keep their old reading.
 */
public final class ReferenceCellParser {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u202F\\t]");
    private static final Pattern NOTHING_CITED = Pattern.compile("^[-\\s]*$");
    private static final Pattern SHARING = Pattern.compile("^[\\s+&,/-]*\\+[\\s+&,/-]*$");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("[\\s+&,;/\\-\\u2013\\u2014]+$");
    private static final Set<String> CONJUNCTIONS = Set.of("et", "and", "ou", "or");
    /** Where a title ends: at the next identifier or family (a cell's lines arrive joined by spaces), or the line's end. */
    private static final String TITLE = "(?:\\s*:(?:(?!(?<![\\p{L}\\d])(?:[A-Za-z]{2}-\\d|[A-Z]{2}\\s*:))[^\\r\\n])*)?";
    private static final Pattern TOKEN = tokens(false);
    private static final Pattern NIST_TOKEN = tokens(true);

    /**
     * A control is a family code, a number, an enhancement in parentheses or OSCAL's dotted form,
     * then a part letter, each number without its zero padding. OSCAL's lower-case codes and bare
     * families are read in NIST notations only ({@code never} matches nothing): in a French cell
     * "et-5" is a conjunction and a number, "NB:" a word.
     */
    private static Pattern tokens(boolean nist) {
        String never = "(?!)";
        return Pattern.compile(
                "(?<control>(?<code>[A-Z]{2}|" + (nist ? "[a-z]{2}" : never) + ")-0*(?<number>\\d+)"
                        + "(?:(?:\\s*\\(|\\.)0*(?<enhancement>\\d+)\\)?)?(?:(?:\\s*\\(|\\.)?(?<part>[a-z])\\)?)?)(?![\\p{L}\\d])" + TITLE
                        + "|(?<family>" + (nist ? "[A-Z]{2}" : never) + ")(?![\\p{L}\\d])" + TITLE
                        + "|(?<num>(?:A\\s?\\.?\\s?)?\\d+(?:\\.\\d+)*)(?:\\.(?<dotted>[a-z])(?![\\p{L}\\d]))?"
                        + "|(?<item>[a-z])\\s?\\)"
                        + "|(?<bare>[a-z])(?![\\p{L}\\d])"
                        + "|(?<qualifier>[A-Z])(?![\\p{L}\\d])"
                        + "|(?<word>\\p{L}+)"
                        + "|(?<separator>[-+,;/&.()])"
                        + "|(?<other>\\S)");
    }

    private final Map<String, Notation> notations;
    private final Pattern prefixes;
    private final Notation unprefixed;

    public ReferenceCellParser(List<Notation> notations) {
        this(notations, null);
    }

    /**
     * @param unprefixed the notation a cell naming no framework is read in (a FedRAMP workbook's
     *                   "Control ID" column writes {@code AC-02 (a)} alone), or null: such a cell is a problem.
     *                   Without a prefix written, a cell holding nothing readable ("N/A") cites nothing
     */
    public ReferenceCellParser(List<Notation> notations, Notation unprefixed) {
        this.unprefixed = unprefixed;
        this.notations = notations.stream().collect(Collectors.toMap(
                n -> n.prefix().toUpperCase(Locale.ROOT), Function.identity()));
        // longest first, so that "NIST SP 800-53" wins over "NIST" where both are declared
        String alternatives = notations.stream().map(Notation::prefix)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // no notation at all would leave an empty alternative, which matches between any two characters
        this.prefixes = Pattern.compile(notations.isEmpty() ? "(?!)"
                : "(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    public ParsedCell parse(String cell) {
        String original = cell == null ? "" : cell.strip();
        String text = normalise(original);
        var problems = new ArrayList<String>();
        if (NOTHING_CITED.matcher(text).matches()) {
            return new ParsedCell(List.of(), problems);
        }
        List<Mention> mentions = mentions(original, text, problems);
        var clauses = new LinkedHashSet<CitedReference>();
        var bare = new ArrayList<Mention>();
        var sharing = new ArrayList<Mention>();
        for (Mention mention : mentions) {
            List<Number> numbers = numbers(mention, problems);
            if (numbers.isEmpty() && mention.prefixEnd == mention.start) {
                continue; // a cell with no prefix and nothing readable ("N/A") names no framework: only its problems
            }
            if (numbers.isEmpty()) {
                (SHARING.matcher(mention.body).matches() ? sharing : bare).add(mention);
                continue;
            }
            String asWritten = sharing.isEmpty() ? mention.asWritten()
                    : withoutTrailingJoiners(original, text, sharing.get(0).start, mention.end);
            for (Mention partner : sharing) {
                clauses.addAll(references(partner.notation, numbers, asWritten));
            }
            sharing.clear();
            clauses.addAll(references(mention.notation, numbers, asWritten));
        }
        bare.addAll(sharing);
        var result = new ArrayList<>(clauses);
        bare.stream()
                .filter(m -> result.stream().noneMatch(r -> r.framework().equals(m.notation.framework())))
                .map(m -> new CitedReference(m.notation.framework(), null, null, m.asWritten()))
                .distinct()
                .forEach(result::add);
        return new ParsedCell(List.copyOf(result), List.copyOf(problems));
    }

    /** Same length as the cell, so positions found in it point into the cell as written. */
    private static String normalise(String cell) {
        return ODD_SPACES.matcher(DASHES.matcher(cell).replaceAll("-")).replaceAll(" ");
    }

    private List<Mention> mentions(String original, String text, List<String> problems) {
        var found = new ArrayList<Mention>();
        Matcher m = prefixes.matcher(text);
        while (m.find()) {
            if (found.isEmpty() && !text.substring(0, m.start()).isBlank()) {
                problems.add("'" + text.substring(0, m.start()).strip() + "' names no framework");
            }
            if (!found.isEmpty()) {
                found.get(found.size() - 1).close(original, text, m.start());
            }
            found.add(new Mention(notations.get(m.group(1).toUpperCase(Locale.ROOT)), m.start(), m.end()));
        }
        if (found.isEmpty() && unprefixed != null) {
            found.add(new Mention(unprefixed, 0, 0));
            found.get(0).close(original, text, text.length());
        } else if (found.isEmpty()) {
            problems.add("'" + text + "' names no known framework (" + String.join(", ", notations.keySet()) + ")");
        } else {
            found.get(found.size() - 1).close(original, text, text.length());
        }
        return found;
    }

    private List<Number> numbers(Mention mention, List<String> problems) {
        var numbers = new ArrayList<Number>();
        boolean nist = mention.notation.framework().startsWith("nist-");
        Matcher t = (nist ? NIST_TOKEN : TOKEN).matcher(mention.body);
        while (t.find()) {
            Number last = numbers.isEmpty() ? null : numbers.get(numbers.size() - 1);
            String word = t.group("family") != null ? t.group("family") : t.group("word");
            if (word != null && CONJUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            } else if (t.group("control") != null) {
                String enhancement = t.group("enhancement") == null ? "" : "(" + t.group("enhancement") + ")";
                var control = new Number(t.group("code").toUpperCase(Locale.ROOT) + "-" + t.group("number") + enhancement, null, true);
                if (t.group("part") != null) {
                    control.qualifiers.add(t.group("part"));
                }
                numbers.add(control);
            } else if (t.group("family") != null) {
                numbers.add(new Number(t.group("family"), null, true));
            } else if (t.group("num") != null) {
                numbers.add(new Number(annexForm(t.group("num")), t.group("dotted"), false));
            } else if (t.group("item") != null || t.group("bare") != null) {
                String item = t.group("item") != null ? t.group("item") : t.group("bare");
                if (last == null) {
                    problems.add("item '" + item + "' before any clause number in '" + mention.asWritten() + "'");
                } else if (last.nist) {
                    last.qualifiers.add(item);
                } else {
                    last.items.add(item);
                }
            } else if (t.group("qualifier") != null && last != null) {
                last.qualifiers.add(t.group("qualifier"));
            } else if (t.group("separator") == null) {
                problems.add("'" + t.group() + "' not understood in '" + mention.asWritten() + "'");
            }
        }
        return numbers;
    }

    /** "A9.2.1", "A 9.2.1" and "A.9.2.1" are one Annex A reference. */
    private static String annexForm(String number) {
        String compact = number.replace(" ", "");
        return compact.startsWith("A") && !compact.startsWith("A.") ? "A." + compact.substring(1) : compact;
    }

    private static List<CitedReference> references(Notation notation, List<Number> numbers, String asWritten) {
        var refs = new ArrayList<CitedReference>();
        for (Number n : numbers) {
            String ref = n.dotted == null ? n.value : n.value + "." + n.dotted;
            String qualifier = n.qualifiers.isEmpty() ? null : String.join(" ", n.qualifiers);
            if (n.items.isEmpty()) {
                refs.add(new CitedReference(notation.framework(), ref, qualifier, asWritten));
            } else if (notation.letteredItems() == Notation.LetteredItems.CLAUSE) {
                n.items.forEach(item -> refs.add(new CitedReference(notation.framework(), ref + "." + item, qualifier, asWritten)));
            } else {
                String items = n.items.stream().map(i -> i + ")").collect(Collectors.joining(" "));
                refs.add(new CitedReference(notation.framework(), ref,
                        qualifier == null ? items : qualifier + " " + items, asWritten));
            }
        }
        return refs;
    }

    /**
     * The cell as written from {@code start} to {@code end}, without the joiners that trail it. They
     * are found in the normalised text, where every dash and odd space is plain, so that a cell
     * written with non-breaking spaces or typographic dashes keeps the same spans.
     */
    private static String withoutTrailingJoiners(String original, String text, int start, int end) {
        Matcher trailing = TRAILING_JOINERS.matcher(text.substring(start, end));
        int kept = trailing.find() ? trailing.start() : end - start;
        return original.substring(start, start + kept);
    }

    /** A framework prefix and the text it owns, up to the next prefix. */
    private static final class Mention {
        final Notation notation;
        final int start;
        final int prefixEnd;
        int end;
        String body = "";
        String whole = "";

        Mention(Notation notation, int start, int prefixEnd) {
            this.notation = notation;
            this.start = start;
            this.prefixEnd = prefixEnd;
        }

        void close(String original, String text, int end) {
            this.end = end;
            this.body = text.substring(prefixEnd, end);
            this.whole = withoutTrailingJoiners(original, text, start, end);
        }

        String asWritten() {
            return whole;
        }
    }

    /**
     * A clause number and the items and qualifiers written after it. A NIST identifier's letters
     * ("AC-2 a)") are parts of the control: qualifiers, never clauses of their own.
     */
    private static final class Number {
        final String value;
        final String dotted;
        final boolean nist;
        final List<String> items = new ArrayList<>();
        final List<String> qualifiers = new ArrayList<>();

        Number(String value, String dotted, boolean nist) {
            this.value = value;
            this.dotted = dotted;
            this.nist = nist;
        }
    }
}
