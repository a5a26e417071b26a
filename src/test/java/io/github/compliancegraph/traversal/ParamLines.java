package io.github.compliancegraph.traversal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The example values of a Cypher file's {@code :param} header lines, as Neo4j Browser would set them. */
public final class ParamLines {

    private static final Pattern PARAM_LINE = Pattern.compile("^//\\s+:param\\s+(\\w+)\\s*=>\\s*(.+)$");

    private ParamLines() {
    }

    /** Each parameter with its value: a string, a number, or null. */
    public static Map<String, Object> of(String cypherFile) {
        Map<String, Object> params = new LinkedHashMap<>();
        cypherFile.lines().map(PARAM_LINE::matcher).filter(Matcher::matches)
                .forEach(m -> params.put(m.group(1), literal(m.group(2).strip())));
        return params;
    }

    /** A Cypher literal as :param lines write them: 'text', a number, or null. */
    private static Object literal(String value) {
        if (value.equals("null")) {
            return null;
        }
        if (value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        return Long.valueOf(value);
    }
}
