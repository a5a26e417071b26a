package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.coverage.ClauseCoverage;
import io.github.compliancegraph.coverage.Coverage;
import io.github.compliancegraph.coverage.CoverageReport;
import io.github.compliancegraph.coverage.CoverageSummary;
import io.github.compliancegraph.framework.FrameworkDetail;
import io.github.compliancegraph.party.PartySummary;
import io.github.compliancegraph.topic.TopicTag;
import io.github.compliancegraph.topic.TopicTaxonomy;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One framework: coverage by chapter as a treemap, and its gaps, filterable by party and topic. */
@Controller
class FrameworkPage {

    /** The most clauses the coverage traversal returns at once (its limit's bound). */
    private static final int MAX_CLAUSES = 20_000;

    private final TraversalRunner traversals;
    private final Coverage coverage;
    private final TopicTaxonomy taxonomy;

    FrameworkPage(TraversalRunner traversals, Coverage coverage, TopicTaxonomy taxonomy) {
        this.traversals = traversals;
        this.coverage = coverage;
        this.taxonomy = taxonomy;
    }

    /** A clause nobody covers, with the topics its title is about (by the same keyword rules as statements). */
    record Gap(ClauseCoverage clause, List<String> topics) {
    }

    @GetMapping("/frameworks/{id}")
    String framework(@PathVariable String id, @RequestParam(required = false) String party,
            @RequestParam(required = false) String topic, Model model) {
        FrameworkDetail framework = traversals.run("framework", Map.of("framework", id), FrameworkDetail.class).single();
        List<PartySummary> parties = traversals.run("parties", Map.of("limit", "1000"), PartySummary.class).rows();
        // every clause: the treemap and the gap list show the whole framework
        var query = new HashMap<String, String>(Map.of("limit", String.valueOf(MAX_CLAUSES)));
        if (StringUtils.hasText(party)) {
            traversals.requireListed("party", party, "lookups/party-ids");
            query.put("party", party);
        }
        if (StringUtils.hasText(topic)) {
            traversals.requireListed("topic", topic, "lookups/topic-ids");
        }
        CoverageReport report = coverage.report(id, query);
        List<Gap> gaps = report.clauses().stream().filter(c -> "gap".equals(c.status()))
                .map(c -> new Gap(c, taxonomy.tag(String.valueOf(c.title())).stream().map(TopicTag::topic).toList()))
                .filter(g -> !StringUtils.hasText(topic) || g.topics().contains(topic))
                .toList();
        model.addAttribute("framework", framework);
        model.addAttribute("report", report);
        model.addAttribute("statuses", CoverageSummary.STATUSES);
        model.addAttribute("treemap", treemap(report));
        model.addAttribute("gaps", gaps);
        model.addAttribute("parties", parties);
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("party", party);
        model.addAttribute("topic", topic);
        return "explorer/framework";
    }

    /** Chapters holding their clauses, one unit each, in the shape ECharts' treemap takes. */
    private static List<Map<String, Object>> treemap(CoverageReport report) {
        Map<String, Map<String, Object>> chapters = new LinkedHashMap<>();
        for (ClauseCoverage clause : report.clauses()) {
            Map<String, Object> chapter = chapters.computeIfAbsent(clause.chapter(), ref -> {
                var node = new LinkedHashMap<String, Object>();
                node.put("name", ref + " " + clause.chapterTitle());
                node.put("children", new ArrayList<Map<String, Object>>());
                return node;
            });
            @SuppressWarnings("unchecked")
            var children = (List<Map<String, Object>>) chapter.get("children");
            children.add(Map.of("name", clause.label(), "value", 1, "status", clause.status(), "uid", clause.clause()));
        }
        return List.copyOf(chapters.values());
    }
}
