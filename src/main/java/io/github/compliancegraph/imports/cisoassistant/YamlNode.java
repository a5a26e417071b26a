package io.github.compliancegraph.imports.cisoassistant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML value with the line it starts on, so problems can point into the file. {@code value} is a String
 * (numbers keep their digits as written: a ref "10.10" must not become 10.1), a Boolean, a List of nodes,
 * a Map of nodes by key, or null.
 */
record YamlNode(int line, Object value) {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(limits()).build();

    /**
     * The code point limit stops SnakeYAML's scanner on oversized input. The alias limit only binds SnakeYAML's
     * composer, which Jackson bypasses: Jackson hands an alias over as its anchor's name instead of expanding
     * it. It is set so the factory stays safe should that change; {@link #read} refuses aliases outright.
     */
    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(64 * 1024 * 1024);
        return options;
    }

    /** Reads one YAML document; bad syntax, aliases, repeated keys and extra documents are rejected. */
    static YamlNode read(String yaml) {
        try (YAMLParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new ImportRejectedException("the document is empty");
            }
            YamlNode root = value(parser);
            if (parser.nextToken() != null) {
                throw new ImportRejectedException("line " + lineOf(parser)
                        + ": a second YAML document starts here; a library is a single document");
            }
            return root;
        } catch (IOException e) {
            throw syntaxError(e);
        }
    }

    private static YamlNode value(YAMLParser parser) throws IOException {
        int line = lineOf(parser);
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                var map = new LinkedHashMap<String, YamlNode>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = lineOf(parser);
                    parser.nextToken();
                    if (map.put(key, value(parser)) != null) {
                        // Which of the two was meant cannot be told; YAML itself forbids repeated keys.
                        throw new ImportRejectedException("line " + keyLine + ": key '" + key
                                + "' appears twice in the same mapping");
                    }
                }
                return new YamlNode(line, map);
            }
            case START_ARRAY -> {
                var list = new ArrayList<YamlNode>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return new YamlNode(line, list);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode(line, parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return new YamlNode(line, null);
            }
            default -> {
                if (parser.isCurrentAlias()) {
                    // Library files use no aliases, and nested aliases are how a few lines claim gigabytes.
                    throw new ImportRejectedException("line " + line + ": YAML alias *" + parser.getText()
                            + " is not accepted in a library file");
                }
                return new YamlNode(line, parser.getText());
            }
        }
    }

    private static int lineOf(YAMLParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** One line naming where the syntax broke: SnakeYAML's own message spans several lines with a caret. */
    private static ImportRejectedException syntaxError(IOException e) {
        String what = e.getCause() instanceof MarkedYAMLException marked ? marked.getProblem()
                : e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        JsonLocation at = e instanceof JsonProcessingException processing ? processing.getLocation() : null;
        String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return new ImportRejectedException(where + "not valid YAML: " + String.valueOf(what).lines().findFirst().orElse(""));
    }

    /** The value under {@code key}; a node holding null, on this node's line, when absent or not a mapping. */
    YamlNode get(String key) {
        return value instanceof Map<?, ?> map && map.get(key) instanceof YamlNode child ? child : new YamlNode(line, null);
    }

    boolean isAbsent() {
        return value == null;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    /** The items of a sequence; empty when absent. The caller checks {@link #isList} where the shape matters. */
    @SuppressWarnings("unchecked")
    List<YamlNode> items() {
        return value instanceof List<?> list ? (List<YamlNode>) list : List.of();
    }

    boolean isList() {
        return value instanceof List;
    }

    /** A scalar as trimmed text, or null when absent, blank or not a scalar. */
    String text() {
        String text = value instanceof String || value instanceof Boolean ? value.toString().strip() : null;
        return text == null || text.isEmpty() ? null : text;
    }
}
