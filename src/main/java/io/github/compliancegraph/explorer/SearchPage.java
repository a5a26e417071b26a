package io.github.compliancegraph.explorer;

import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search of statements (analysed in French), and topics by their labels. */
@Controller
class SearchPage {

    private final TraversalRunner traversals;

    SearchPage(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (StringUtils.hasText(q)) {
            model.addAttribute("rows", traversals.run("search", Map.of("q", q, "limit", "200")).rows());
        }
        return "explorer/search";
    }
}
