package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.compliancegraph.coverage.CrosswalkPair;
import io.github.compliancegraph.framework.FrameworkSummary;
import io.github.compliancegraph.mapping.ClauseIds;
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
    private final ClauseNames clauseNames;

    CrosswalkPage(TraversalRunner traversals, ClauseNames clauseNames) {
        this.traversals = traversals;
        this.clauseNames = clauseNames;
    }

    /**
     * A chapter of one side of the crosswalk.
     *
     * @param key     its framework and ref: a Sankey node's id, unique across both sides (two frameworks may both
     *                have a chapter 10)
     * @param heading what it is shown as: its whole ref and the start of its title
     */
    record Chapter(String key, String framework, String heading) {
    }

    /** A crosswalk row, its clauses named as the page shows them, with the chapters its two ends sit in. */
    record Pair(CrosswalkPair row, String from, String to, String path, Chapter source, Chapter target) {

        public String flow() {
            return source.key() + " → " + target.key();
        }

        public String flowHeading() {
            return source.heading() + " → " + target.heading();
        }
    }

    @GetMapping("/crosswalk")
    String crosswalk(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String maxHops, Model model) {
        model.addAttribute("frameworks", traversals.run("frameworks", Map.of("limit", "1000"), FrameworkSummary.class).rows());
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
        List<CrosswalkPair> rows = traversals.run("crosswalk", query, CrosswalkPair.class).rows();
        ClauseNames.Names names = clauseNames.of(clausesNamed(rows, from, to));
        List<Pair> pairs = rows.stream().map(r -> pair(r, names, from, to)).toList();
        var flows = new LinkedHashMap<String, String>();
        pairs.forEach(p -> flows.putIfAbsent(p.flow(), p.flowHeading()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("flows", flows);
        model.addAttribute("sankey", sankey(pairs));
        return "explorer/crosswalk";
    }

    /** Every clause the page names: the ends and hops of each path, and the chapters of both sides. */
    private static Set<String> clausesNamed(List<CrosswalkPair> rows, String from, String to) {
        var uids = new LinkedHashSet<String>();
        for (CrosswalkPair row : rows) {
            uids.addAll(row.path());
            uids.add(ClauseIds.uid(from, row.fromChapter()));
            uids.add(ClauseIds.uid(to, row.toChapter()));
        }
        return uids;
    }

    private static Pair pair(CrosswalkPair row, ClauseNames.Names names, String from, String to) {
        return new Pair(row, names.name(row.from()), names.name(row.to()),
                String.join(" → ", row.path().stream().map(names::withFramework).toList()),
                chapter(from, row.fromChapter(), names), chapter(to, row.toChapter(), names));
    }

    private static Chapter chapter(String framework, String ref, ClauseNames.Names names) {
        String chapter = ref == null ? "?" : ref;
        return new Chapter(framework + " " + chapter, framework, ref == null ? chapter : names.heading(ClauseIds.uid(framework, ref)));
    }

    /**
     * Sankey nodes and links: one node per chapter of each side, links weighted by clause pairs. Nodes are
     * named by their key and carry the heading they are labelled with, and their side.
     */
    private static Map<String, Object> sankey(List<Pair> pairs) {
        Map<List<String>, Integer> links = new LinkedHashMap<>();
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        for (Pair pair : pairs) {
            links.merge(List.of(pair.source().key(), pair.target().key()), 1, Integer::sum);
            nodes.putIfAbsent(pair.source().key(), node(pair.source(), "from"));
            nodes.putIfAbsent(pair.target().key(), node(pair.target(), "to"));
        }
        var linkList = new ArrayList<Map<String, Object>>();
        links.forEach((ends, value) -> linkList.add(Map.of("source", ends.get(0), "target", ends.get(1), "value", value)));
        return Map.of("nodes", List.copyOf(nodes.values()), "links", linkList);
    }

    private static Map<String, String> node(Chapter chapter, String side) {
        return Map.of("name", chapter.key(), "heading", chapter.heading(), "framework", chapter.framework(), "side", side);
    }
}
