package io.github.compliancegraph.traversal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each file in cypher/traversals, run as a Neo4j Browser user would (the file as it is, with the
 * values of its own {@code :param} lines), gives the same rows as the HTTP endpoint given the same
 * values, and returns the columns its row record ({@link TraversalRow}) names, in its order, with
 * values that record holds as they are. The traversals of systems need the example system declared,
 * which the bundled graph has not: {@code SystemChainTest} checks them in the graph where it declares it.
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

    /** The records annotated {@link TraversalRow} in the app, by the traversal they name. */
    private static final Map<String, List<Class<?>>> ROW_RECORDS = rowRecords();

    @Test
    void everyTraversalHasOneRowRecordAndEveryRowRecordATraversal() throws IOException {
        List<String> traversals;
        try (Stream<Path> files = Files.list(Path.of("cypher/traversals"))) {
            traversals = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher"))
                    .map(f -> f.replace(".cypher", "")).sorted().toList();
        }
        assertThat(ROW_RECORDS.keySet()).as("traversals named by @TraversalRow").containsExactlyInAnyOrderElementsOf(traversals);
        ROW_RECORDS.forEach((name, records) -> assertThat(records).as("row records of %s", name).hasSize(1));
    }

    private static Map<String, List<Class<?>>> rowRecords() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(TraversalRow.class));
        return scanner.findCandidateComponents("io.github.compliancegraph").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), TraversalFilesTest.class.getClassLoader()))
                .collect(Collectors.groupingBy(type -> type.getAnnotation(TraversalRow.class).value()));
    }

    /**
     * The file's columns are its row record's components, by name and in order, and the rows read as
     * that record keep their values: written as JSON, the records give the rows' JSON (a record may
     * add what it derives, which is left out).
     */
    @SuppressWarnings("unchecked")
    private static void assertRowRecordFits(String name, List<String> columns, List<Map<String, Object>> rows, ObjectMapper json)
            throws IOException {
        assertThat(ROW_RECORDS.get(name)).as("the @TraversalRow record of %s", name).hasSize(1);
        var type = (Class<? extends java.lang.Record>) ROW_RECORDS.get(name).get(0);
        assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList())
                .as("components of %s, the row record of %s, against the columns its file returns", type.getName(), name)
                .containsExactlyElementsOf(columns);
        // read back from text, so that numbers compare by value whatever Java type held them (Long in a row, int in a record)
        JsonNode records = json.readTree(json.writeValueAsString(TraversalRows.as(rows, type)));
        records.forEach(r -> ((ObjectNode) r).retain(columns));
        assertThat(records).as("rows of %s read as %s", name, type.getName()).isEqualTo(json.readTree(json.writeValueAsString(rows)));
    }

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
        List<String> columns;
        try (var session = driver.session()) {
            Result result = session.run(text, params);
            columns = result.keys();
            browserRows = result.list(Record::asMap);
        }
        assertRowRecordFits(name, columns, browserRows, json);
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
