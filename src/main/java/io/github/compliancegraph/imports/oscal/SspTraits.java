package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A statement's control origination and implementation status, as the plan writes them. FedRAMP
 * puts them on the implemented requirement, OSCAL's own models on the by-component (status as a
 * field, {@code implementation-status: {state}}, since OSCAL 1.1; as a prop before): the nearest
 * one to the entry wins.
 *
 * @param origination the control-origination prop values, joined ("sp-system, customer-configured"), or null
 * @param status      the implementation status ("implemented", "partial", "planned"), or null
 */
record SspTraits(String origination, String status) {

    static final SspTraits NONE = new SspTraits(null, null);

    /** These traits as a node nested in their owner restates them. */
    SspTraits within(JsonNode node) {
        List<String> origins = new ArrayList<>();
        String propStatus = null;
        for (JsonNode prop : node.path("props")) {
            String name = OscalJson.text(prop, "name");
            String value = OscalJson.text(prop, "value");
            if ("control-origination".equals(name) && value != null) {
                origins.add(value);
            } else if ("implementation-status".equals(name) && propStatus == null) {
                propStatus = value;
            }
        }
        String fieldStatus = OscalJson.text(node.path("implementation-status"), "state");
        String nodeStatus = fieldStatus != null ? fieldStatus : propStatus;
        return new SspTraits(origins.isEmpty() ? origination : String.join(", ", origins), nodeStatus != null ? nodeStatus : status);
    }
}
