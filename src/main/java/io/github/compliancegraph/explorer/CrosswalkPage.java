package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two frameworks side by side: chapter-to-chapter flows of the crosswalk, down to clause pairs and paths. */
@Controller
class CrosswalkPage {

    private final TraversalRunner traversals;

    CrosswalkPage(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /** A crosswalk row with the chapters its two ends sit in, each named with its framework. */
    record Pair(Map<String, Object> row, String source, String target) {

        public String flow() {
            return source + " → " + target;
        }
    }

    @GetMapping("/crosswalk")
    String crosswalk(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String maxHops, Model model) {
        model.addAttribute("frameworks", traversals.run("frameworks", Map.of("limit", "1000")).rows());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("maxHops", StringUtils.hasText(maxHops) ? maxHops : "3");
        if (!StringUtils.hasText(from) || !StringUtils.hasText(to)) {
            return "explorer/crosswalk";
        }
        var query = new HashMap<String, String>(Map.of("from", from, "to", to));
        if (StringUtils.hasText(maxHops)) {
            query.put("maxHops", maxHops);
        }
        List<Map<String, Object>> rows = traversals.run("crosswalk", query).rows();
        List<Pair> pairs = rows.stream().map(r -> new Pair(r, side(from, (String) r.get("fromChapter")),
                side(to, (String) r.get("toChapter")))).toList();
        model.addAttribute("pairs", pairs);
        model.addAttribute("flows", pairs.stream().map(Pair::flow).distinct().toList());
        model.addAttribute("sankey", sankey(pairs));
        return "explorer/crosswalk";
    }

    /** Sankey nodes and links: one node per chapter of each side, links weighted by clause pairs. */
    private static Map<String, Object> sankey(List<Pair> pairs) {
        Map<List<String>, Integer> links = new LinkedHashMap<>();
        pairs.forEach(pair -> links.merge(List.of(pair.source(), pair.target()), 1, Integer::sum));
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        var linkList = new ArrayList<Map<String, Object>>();
        links.forEach((ends, value) -> {
            ends.forEach(end -> nodes.putIfAbsent(end, Map.of("name", end)));
            linkList.add(Map.of("source", ends.get(0), "target", ends.get(1), "value", value));
        });
        return Map.of("nodes", List.copyOf(nodes.values()), "links", linkList);
    }

    static String side(String framework, String chapter) {
        return framework + " " + (chapter == null ? "?" : chapter);
    }
}
