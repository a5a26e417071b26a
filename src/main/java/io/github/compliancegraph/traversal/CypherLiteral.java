package io.github.compliancegraph.traversal;

/** Parameter values as {@code :param} lines write them: {@code 'text'}, a whole number, or {@code null}. */
final class CypherLiteral {

    private CypherLiteral() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The value a literal stands for, as the string a URL would carry (null for {@code null}). */
    static String parse(String literal) {
        if (literal.equals("null")) {
            return null;
        }
        if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            return literal.substring(1, literal.length() - 1).replace("\\'", "'").replace("\\\\", "\\");
        }
        return literal;
    }
}
