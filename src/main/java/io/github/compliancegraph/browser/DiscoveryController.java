package io.github.compliancegraph.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.compliancegraph.neo4j.BoltAddress;
import io.swagger.v3.oas.annotations.Operation;
import org.neo4j.kernel.internal.Version;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Neo4j's discovery document, which Neo4j Browser asks the host serving it for: it names the Bolt
 * address to connect to, so the connect form is filled in for the embedded database.
 */
@RestController
class DiscoveryController {

    private final BoltAddress bolt;

    DiscoveryController(BoltAddress bolt) {
        this.bolt = bolt;
    }

    @Operation(summary = "Neo4j discovery document: the Bolt address Neo4j Browser connects to")
    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        var document = new LinkedHashMap<String, Object>();
        document.put("bolt_direct", bolt.uri());
        if (bolt.embedded()) {
            document.put("neo4j_version", Version.getNeo4jVersion());
            document.put("neo4j_edition", "community");
        }
        return document;
    }
}
