package io.github.compliancegraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Rows as a client gets them: the page it asked for goes to the traversal as asked, the answer
 * says which page it is (the parameters it ran with), and {@code ?format=csv} gives the same rows as
 * CSV whose cells a spreadsheet will not run (slice: no graph).
 */
@ApiSlice
class RowsSliceTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TraversalRunner runner;

    @BeforeEach
    void rows() {
        var first = new LinkedHashMap<String, Object>();
        first.put("uid", "outscale:1");
        first.put("text", "=HYPERLINK(\"http://example.com\")");
        first.put("refs", List.of("A.9.2.1", "9.2 a)"));
        first.put("note", null);
        var second = new LinkedHashMap<String, Object>();
        second.put("uid", "outscale:2");
        second.put("text", "-chiffrement des données, \"clé\" du client");
        second.put("refs", List.of());
        second.put("note", "@client");
        // the runner's answer: defaults filled in, skip and limit as numbers
        when(runner.run(eq("controls"), anyMap())).thenReturn(new TraversalResult<>("controls",
                Map.of("party", "client", "skip", 10, "limit", 2), List.of(first, second)));
    }

    @Test
    void theAskedPageGoesToTheTraversalAndTheAnswerSaysWhichPageItIs() {
        MvcTestResult answer = mvc.get().uri("/api/traversals/controls?party=client&skip=10&limit=2&format=json").exchange();

        verify(runner).run("controls", Map.of("party", "client", "skip", "10", "limit", "2"));
        assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        // JSON carries the text as it is (no formula guard: no spreadsheet reads it) and leaves out null cells
        assertThat(answer).bodyJson().isStrictlyEqualTo("""
                {"traversal": "controls", "parameters": {"party": "client", "skip": 10, "limit": 2},
                 "rows": [{"uid": "outscale:1", "text": "=HYPERLINK(\\"http://example.com\\")", "refs": ["A.9.2.1", "9.2 a)"]},
                          {"uid": "outscale:2", "text": "-chiffrement des données, \\"clé\\" du client", "refs": [], "note": "@client"}]}""");
    }

    @Test
    void csvGivesTheSameRowsInColumnOrderAndNeutralisesFormulas() throws Exception {
        MvcTestResult answer = mvc.get().uri("/api/traversals/controls?party=client&format=CSV").exchange();

        verify(runner).run("controls", Map.of("party", "client"));
        assertThat(answer).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(answer.getResponse().getContentAsString().split("\r\n"))
                .containsExactly(
                        "uid,text,refs,note",
                        "outscale:1,\"'=HYPERLINK(\"\"http://example.com\"\")\",A.9.2.1; 9.2 a),",
                        "outscale:2,\"'-chiffrement des données, \"\"clé\"\" du client\",,'@client");
    }

    @Test
    void aFormatNeitherJsonNorCsvIsRefusedNamingTheParameter() {
        MvcTestResult answer = mvc.get().uri("/api/traversals/controls?format=xml").exchange();

        assertThat(answer).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.parameter").isEqualTo("format");
        assertThat(answer).bodyJson().extractingPath("$.detail").isEqualTo("format: 'xml' is neither json nor csv");
    }
}
