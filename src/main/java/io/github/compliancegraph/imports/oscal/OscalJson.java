package io.github.compliancegraph.imports.oscal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * What the catalog and profile parsers share: one wording for rejected JSON, one notion of a
 * text field and of walking an array with the JSON path of each element (tree nodes carry no
 * line numbers, so problems name the path instead).
 */
final class OscalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Jackson quotes offending tokens; a cut keeps the rejection one readable line.
    private static final int MAX_REASON = 160;

    private OscalJson() {
    }

    /** The object under the document's single top-level key ("catalog", "profile"). */
    static JsonNode model(String json, String model) {
        JsonNode root;
        // Editors on Windows save a byte-order mark that Jackson would take for content.
        try (JsonParser parser = MAPPER.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
            root = MAPPER.readTree(parser);
            // readTree stops after the first value; "{...} garbage" must not pass for a document.
            if (parser.nextToken() != null) {
                throw rejected(parser.currentTokenLocation(), "content after the end of the document");
            }
        } catch (JsonProcessingException e) {
            throw rejected(e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail this way", e);
        }
        JsonNode node = root == null ? null : root.get(model);
        if (node == null || !node.isObject()) {
            throw new ImportRejectedException("not an OSCAL " + model + ": no top-level '" + model + "' object");
        }
        return node;
    }

    /** A scalar field's stripped text, or null when absent, null, blank or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }

    /** Visits each element with its path; an absent array is empty, anything else is rejected. */
    static void each(JsonNode array, String path, BiConsumer<JsonNode, String> visit) {
        if (array.isMissingNode()) {
            return;
        }
        if (!array.isArray()) {
            throw new ImportRejectedException(path + " is not an array");
        }
        for (int i = 0; i < array.size(); i++) {
            visit.accept(array.get(i), path + "[" + i + "]");
        }
    }

    private static ImportRejectedException rejected(JsonLocation at, String message) {
        String reason = message.replaceAll("\\s+", " ").strip();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ImportRejectedException("invalid JSON" + where + ": " + reason);
    }
}
