package io.github.compliancegraph.coverage;

/**
 * The order the traversals sort clause refs in, so that 4.2 comes before 4.10: each dot-separated
 * part that is a number is padded to five digits. The same rule as the traversals'
 * {@code reduce(k = '', x IN split(ref, '.') | k + CASE WHEN x =~ '[0-9]+' THEN right('00000' + x, 5) ELSE x END + '.')}.
 */
public final class NaturalOrder {

    private NaturalOrder() {
    }

    /** The sort key of a ref; null for no ref (sorted last, as Cypher sorts nulls). */
    public static String key(String ref) {
        if (ref == null) {
            return null;
        }
        var key = new StringBuilder();
        for (String part : ref.split("\\.", -1)) {
            if (part.matches("[0-9]+")) {
                String padded = "00000" + part;
                key.append(padded, padded.length() - 5, padded.length());
            } else {
                key.append(part);
            }
            key.append('.');
        }
        return key.toString();
    }
}
