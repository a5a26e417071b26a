package io.github.compliancegraph.traversal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TraversalCatalogTest {

    @Test
    void headerGivesPurposeAndTypedParameters() {
        Traversal t = TraversalCatalog.parse("demo", """
                // Traversal: demo
                // Purpose: first line
                //   continued here.
                // @param framework framework (required) framework id
                // @param limit integer = 100 [1..1000] rows to return
                // @param q string = null words
                // Run in Neo4j Browser after:
                //   :param framework => 'x'
                MATCH (n) RETURN n
                """);
        assertThat(t.purpose()).isEqualTo("first line continued here.");
        assertThat(t.parameters()).containsExactly(
                new TraversalParameter("framework", "framework", true, null, null, null, "framework id"),
                new TraversalParameter("limit", "integer", false, "100", 1L, 1000L, "rows to return"),
                new TraversalParameter("q", "string", false, null, null, null, "words"));
    }

    @Test
    void fileWithoutPurposeIsRefused() {
        assertThatThrownBy(() -> TraversalCatalog.parse("bare", "MATCH (n) RETURN n"))
                .hasMessageContaining("Purpose");
    }
}
