package io.github.compliancegraph.search;

import java.util.List;

import io.github.compliancegraph.traversal.TraversalRows;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search, and the glossary it translates with. */
@RestController
class SearchController {

    private final Search search;
    private final Glossary glossary;

    SearchController(Search search, Glossary glossary) {
        this.search = search;
        this.glossary = glossary;
    }

    @Operation(summary = "Search statements, requirements and topics", description = """
            Plain words and "quoted phrases" by default: any text is a valid query, accents and case are \
            ignored (cles finds clés), French words are stemmed, and the query is translated with the \
            glossary (GET /api/glossary) and the topic labels, so that English finds French statements and \
            French finds English ones. Rows come in three groups, topics, statements (Control) and \
            requirements (Clause, titles and texts, French or English), each ordered by relevance and paged \
            on its own by skip and limit. Each row gives its link in the explorer, a fragment of its text \
            as HTML with the words matched in <mark>, and what it matched. mode=lucene takes Lucene syntax \
            instead (accents still ignored, nothing added); an invalid query is a 400 naming it.""",
            responses = @ApiResponse(responseCode = "200", description = "the answer; with format=csv, its rows",
                    content = @Content(schema = @Schema(implementation = SearchAnswer.class))))
    @AnswersTraversal(value = Search.TRAVERSAL, setByHandler = {"q", "topics"})
    @GetMapping("/api/search")
    ResponseEntity<?> search(@Parameter(description = "words to look for, such as clés cryptographiques") @RequestParam(required = false) String q,
            @Parameter(description = "plain (default) or lucene") @RequestParam(required = false) String mode,
            @RequestParam(required = false) String skip, @RequestParam(required = false) String limit,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format) {
        SearchAnswer answer = search.run(q, mode, skip, limit);
        return Rows.respond(format, TraversalRows.of(answer.rows()), answer);
    }

    @Operation(summary = "The bilingual glossary the search translates queries with (src/main/resources/" + Glossary.FILE + ")")
    @GetMapping("/api/glossary")
    List<GlossaryEntry> glossary() {
        return glossary.entries();
    }
}
