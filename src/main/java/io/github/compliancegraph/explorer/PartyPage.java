package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.compliancegraph.control.ListedControl;
import io.github.compliancegraph.framework.FrameworkSummary;
import io.github.compliancegraph.party.PartySummary;
import io.github.compliancegraph.problem.UnknownValueException;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One party's responsibilities, grouped by section of their document and counted by topic. */
@Controller
class PartyPage {

    /** The controls traversal pages at most this many rows, enough for any one party of a document. */
    private static final String ALL = "1000";

    private final TraversalRunner traversals;

    PartyPage(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /** A section of a source document and the party's statements in it. */
    record Section(String source, String section, String title, List<ListedControl> controls) {
    }

    @GetMapping("/parties/{id}")
    String party(@PathVariable String id, @RequestParam(required = false) String framework, Model model) {
        List<PartySummary> parties = traversals.run("parties", Map.of("limit", ALL), PartySummary.class).rows();
        PartySummary party = parties.stream().filter(p -> id.equals(p.id())).findFirst()
                .orElseThrow(() -> new UnknownValueException("party", id, parties.stream().map(PartySummary::id).toList()));
        var query = new LinkedHashMap<String, String>(Map.of("party", id, "limit", ALL));
        if (StringUtils.hasText(framework)) {
            query.put("framework", framework);
        }
        List<ListedControl> controls = traversals.run("controls", query, ListedControl.class).rows();
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        for (ListedControl control : controls) {
            String key = control.source() + "§" + control.section();
            sections.computeIfAbsent(key, k -> new Section(control.source(), control.section(), control.sectionTitle(),
                    new ArrayList<>())).controls().add(control);
            control.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
        }
        model.addAttribute("party", party);
        model.addAttribute("controls", controls);
        model.addAttribute("sections", sections.values());
        model.addAttribute("topicCounts", topics);
        model.addAttribute("framework", framework);
        model.addAttribute("frameworks", traversals.run("frameworks", Map.of("limit", ALL), FrameworkSummary.class).rows());
        return "explorer/party";
    }
}
