package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.framework.FrameworkSummary;
import io.github.compliancegraph.responsibility.ProviderComparison;
import io.github.compliancegraph.responsibility.ProviderComparisons;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Providers side by side on one framework: who covers each clause, who leaves it to the customer, who is silent. */
@Controller
class ComparePage {

    private final ProviderComparisons comparisons;
    private final TraversalRunner traversals;

    ComparePage(ProviderComparisons comparisons, TraversalRunner traversals) {
        this.comparisons = comparisons;
        this.traversals = traversals;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String framework, @RequestParam(required = false) List<String> providers,
            Model model) {
        List<String> available = comparisons.providerIds();
        List<String> chosen = providers == null || providers.isEmpty() ? available : providers;
        model.addAttribute("frameworks", traversals.run("frameworks", Map.of("limit", "1000"), FrameworkSummary.class).rows());
        model.addAttribute("available", available);
        model.addAttribute("chosen", chosen);
        model.addAttribute("framework", framework);
        if (StringUtils.hasText(framework)) {
            ProviderComparison comparison = comparisons.compare(framework, String.join(",", chosen));
            model.addAttribute("comparison", comparison);
            model.addAttribute("diverging", diverging(comparison));
        }
        return "explorer/compare";
    }

    /**
     * One bar per chapter and provider: what the provider takes on (itself, shared) to the right,
     * what it leaves (to the customer, or says nothing of) to the left.
     */
    private static List<Map<String, Object>> diverging(ProviderComparison comparison) {
        var bars = new ArrayList<Map<String, Object>>();
        for (ProviderComparison.Chapter chapter : comparison.chapters()) {
            for (String provider : comparison.providers()) {
                Map<String, Integer> totals = chapter.totals().get(provider);
                var bar = new LinkedHashMap<String, Object>();
                bar.put("label", chapter.chapter() + " · " + provider);
                bar.put("provider", totals.get("provider"));
                bar.put("shared", totals.get("shared"));
                bar.put("customer", -totals.get("customer"));
                bar.put("silent", -totals.get("silent"));
                bars.add(bar);
            }
        }
        return bars;
    }
}
