package io.github.compliancegraph.imports.oscal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What this project writes into the OSCAL plans it exports, beyond OSCAL's own fields, so that they
 * can be imported back: the role ids, props in its namespace (framework, control uid, section,
 * language), and the prefix of a control-id made from a ref that cannot start one. The exports
 * write with these and the plan importer reads with them.
 */
public final class OscalTerms {

    /** Namespace of this project's props. */
    public static final String NS = "https://github.com/compliancegraph/ns/oscal";
    public static final String PROVIDER = "provider";
    public static final String CUSTOMER = "customer";
    /** Prefix of a control-id made from a ref that cannot start one (a digit, as in SecNumCloud's 10.5.c). */
    public static final String ESCAPE = "_";

    private OscalTerms() {
    }

    /** A prop in this project's namespace. */
    public static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", NS).put("value", value);
    }

    /** The props of an OSCAL object in this project's namespace, by name. */
    public static Map<String, String> props(JsonNode owner) {
        Map<String, String> props = new LinkedHashMap<>();
        for (JsonNode prop : owner.path("props")) {
            if (NS.equals(prop.path("ns").asText()) && prop.hasNonNull("name") && prop.hasNonNull("value")) {
                props.putIfAbsent(prop.get("name").asText(), prop.get("value").asText());
            }
        }
        return props;
    }
}
