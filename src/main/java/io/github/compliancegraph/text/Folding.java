package io.github.compliancegraph.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text compared the way people read it: lower case, no accents, one kind of apostrophe, dash and
 * space. The result has the same length as the input, so positions found in it point into the
 * original text.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Latin-1 and Latin Extended-A and B, where nearly every accented letter of a text lies: their bases worked out once. */
    private static final char[] LATIN_BASES = new char[0x250];

    static {
        for (char c = 0x80; c < LATIN_BASES.length; c++) {
            LATIN_BASES[c] = decomposedBase(c);
        }
    }

    private Folding() {
    }

    public static String fold(String text) {
        return fold(text, true);
    }

    /**
     * The same without lowering the case: for text whose capitals mean something, such as a Lucene
     * query's operators ({@code AND}, {@code OR}) and field names.
     */
    public static String foldKeepingCase(String text) {
        return fold(text, false);
    }

    private static String fold(String text, boolean lowerCase) {
        var folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            // ASCII has no accents to strip, Latin letters are looked up: only other scripts reach the normaliser
            char b = c < 0x80 ? c : c < LATIN_BASES.length ? LATIN_BASES[c] : decomposedBase(c);
            folded.append(switch (b) {
                case '\u2019', '\u2018', '\u02BC' -> '\'';
                case '\u2013', '\u2014', '\u2011' -> '-';
                case '\u00A0', '\u202F', '\t', '\n', '\r' -> ' ';
                default -> lowerCase ? Character.toLowerCase(b) : b;
            });
        }
        return folded.toString();
    }

    private static char decomposedBase(char c) {
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        return base.isEmpty() ? c : base.charAt(0);
    }
}
