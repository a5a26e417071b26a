package io.github.compliancegraph.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.search.Search;
import io.github.compliancegraph.search.SearchAnswer;
import io.github.compliancegraph.search.SearchHit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search (GET /api/search) as a page: topics, statements and requirements, what each matched, highlighted. */
@Controller
class SearchPage {

    private static final List<String> GROUPS = List.of("topic", "statement", "requirement");

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String limit, Model model) {
        model.addAttribute("q", q);
        if (StringUtils.hasText(q)) {
            SearchAnswer answer = search.run(q, null, null, limit);
            Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
            GROUPS.forEach(kind -> groups.put(kind, answer.rows().stream().filter(h -> h.kind().equals(kind)).toList()));
            model.addAttribute("answer", answer);
            // a group as long as the limit may have more: the page says so rather than pass a page off as the whole,
            // and links to a longer page while the traversal allows one
            int shown = ((Number) answer.parameters().get("limit")).intValue();
            model.addAttribute("limit", shown);
            model.addAttribute("anyGroupFull", groups.values().stream().anyMatch(hits -> hits.size() >= shown));
            long most = search.largestPage();
            model.addAttribute("longer", shown < most ? Math.min(most, shown * 5L) : null);
            model.addAttribute("groups", groups);
        }
        return "explorer/search";
    }
}
