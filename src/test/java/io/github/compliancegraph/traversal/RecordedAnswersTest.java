package io.github.compliancegraph.traversal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.compliancegraph.IsolatedGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refactoring changes no answer: the API's JSON for every traversal's {@code :param} example, on the
 * bundled documents, is byte for byte the answer recorded in {@code src/test/resources/recorded-answers}
 * before the change (status line, then body). {@code -Drecord.answers=true} records them again, for a
 * change that means to alter answers; review the diff. A graph of its own: other classes import into
 * theirs, which changes what their traversals list and how the full-text index scores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("recorded-answers")
@ActiveProfiles("test")
public class RecordedAnswersTest {

    private static final Path RECORDED = Path.of("src/test/resources/recorded-answers");

    @Autowired
    TestRestTemplate http;
    @Autowired
    TraversalCatalog catalog;

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersAsRecorded() throws IOException {
        boolean record = Boolean.getBoolean("record.answers");
        if (record) {
            Files.createDirectories(RECORDED);
        }
        List<Traversal> traversals = catalog.all();
        assertThat(traversals).isNotEmpty();
        return traversals.stream().map(traversal -> DynamicTest.dynamicTest(traversal.name(), () -> {
            String answer = answer(http, traversal);
            Path file = RECORDED.resolve(traversal.name() + ".json");
            if (record) {
                Files.writeString(file, answer, StandardCharsets.UTF_8);
            }
            assertThat(file).as("recorded answer of %s (record with -Drecord.answers=true)", traversal.name()).exists();
            assertThat(answer).as(traversal.name()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
    }

    /** The API's answer to the traversal's {@code :param} example, as it is recorded: status line, then body. */
    public static String answer(TestRestTemplate http, Traversal traversal) {
        var url = UriComponentsBuilder.fromPath("/api/traversals/{name}");
        traversal.examples().forEach(url::queryParam);
        ResponseEntity<String> answer = http.getForEntity(url.encode().buildAndExpand(traversal.name()).toUri(), String.class);
        return "HTTP " + answer.getStatusCode().value() + "\n" + answer.getBody() + "\n";
    }
}
