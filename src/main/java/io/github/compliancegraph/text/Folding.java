package io.github.compliancegraph.text;

import java.text.Normalizer;

/**
 * Text compared the way people read it: lower case, no accents, one kind of apostrophe, dash and
 * space. The result has the same length as the input, so positions found in it point into the
 * original text.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            char b = base.isEmpty() ? c : base.charAt(0);
            folded.append(switch (b) {
                case '\u2019', '\u2018', '\u02BC' -> '\'';
                case '\u2013', '\u2014', '\u2011' -> '-';
                case '\u00A0', '\u202F', '\t', '\n', '\r' -> ' ';
                default -> Character.toLowerCase(b);
            });
        }
        return folded.toString();
    }
}
