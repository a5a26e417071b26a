package io.github.compliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The graph contract on the embedded database the app starts by default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmbeddedImportedGraphTest extends ImportedGraphContract {

    private static final Pattern CYPHER_BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyReadmeQueryRunsAndFindsSomething() throws IOException {
        List<String> queries = CYPHER_BLOCK.matcher(Files.readString(Path.of("README.md")))
                .results().map(m -> m.group(1)).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
        for (String q : queries) {
            assertThat(query(q, Map.of())).as(q).isNotEmpty();
        }
    }
}
