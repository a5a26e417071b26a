package io.github.compliancegraph.traversal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each file in cypher/traversals, run as a Neo4j Browser user would (the file as it is, with the
 * values of its own {@code :param} lines), gives the same rows as the HTTP endpoint given the same
 * values. The traversals of systems need the example system declared, which the bundled graph has
 * not: {@code SystemChainTest} checks them in the graph where it declares it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public class TraversalFilesTest {

    @Autowired
    Driver driver;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @TestFactory
    Stream<DynamicTest> browserAndEndpointAgree() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/traversals"))) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted()
                    .filter(f -> !SYSTEM_TRAVERSALS.contains(f.getFileName().toString().replace(".cypher", ""))).toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> compare(file, driver, http, json)));
        }
    }

    /** The traversals whose examples name the example system (data/examples), checked where it is declared. */
    public static final List<String> SYSTEM_TRAVERSALS = List.of("systems", "system-chain", "system-responsibilities");

    /** The file run as it is with its example values, and over HTTP with the same: same rows, and some. */
    public static void compare(Path file, Driver driver, TestRestTemplate http, ObjectMapper json) throws IOException {
        String text = Files.readString(file);
        String name = file.getFileName().toString().replace(".cypher", "");
        Traversal traversal = TraversalCatalog.parse(name, text);
        Map<String, Object> params = new LinkedHashMap<>();
        traversal.parameters().stream().filter(p -> traversal.examples().containsKey(p.name()))
                .forEach(p -> params.put(p.name(), p.typed(traversal.examples().get(p.name()))));
        assertThat(params).as("%s declares :param lines", name).isNotEmpty();

        List<Map<String, Object>> browserRows;
        try (var session = driver.session()) {
            browserRows = session.run(text, params).list(r -> r.asMap());
        }
        var uri = UriComponentsBuilder.fromPath("/api/traversals/" + name);
        params.forEach((k, v) -> {
            if (v != null) {
                uri.queryParam(k, v);
            }
        });
        JsonNode endpoint = http.getForObject(uri.encode().build().toUri(), JsonNode.class);
        assertThat(endpoint.get("rows")).as("%s returns rows", name).isNotNull();
        assertThat(endpoint.get("rows")).as("rows of %s", name).isEqualTo(json.readTree(json.writeValueAsString(browserRows)));
        assertThat(browserRows).as("%s finds something with its example parameters", name).isNotEmpty();
    }
}
