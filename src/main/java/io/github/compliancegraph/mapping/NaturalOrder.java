package io.github.compliancegraph.mapping;

/**
 * The order clause refs sort in, so that 4.2 comes before 4.10: each dot-separated part that is a
 * number is padded to five digits. The importers write each clause's key with it (its {@code sortKey}),
 * which the traversals and the mapping snapshot order by; pages sort chapter refs with it.
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
