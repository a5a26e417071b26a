package io.github.compliancegraph.browser;

import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Neo4j Browser guides ({@code :play http://localhost:8080/guide/compliance.html}): the graph
 * contract and every named traversal ready to run with its example parameters; and a one-slide
 * guide per traversal run, which the explorer's "Open in Neo4j Browser" links to.
 */
@Controller
class GuideController {

    private final TraversalCatalog catalog;
    private final TraversalRunner traversals;

    GuideController(TraversalCatalog catalog, TraversalRunner traversals) {
        this.catalog = catalog;
        this.traversals = traversals;
    }

    @GetMapping(BrowserGuide.GUIDE)
    String guide(Model model) {
        model.addAttribute("traversals", catalog.all());
        model.addAttribute("flagship", catalog.find(TraversalCatalog.FLAGSHIP).orElseThrow());
        model.addAttribute("style", ServletUriComponentsBuilder.fromCurrentContextPath().path(BrowserGuide.STYLE).toUriString());
        return "guide/compliance";
    }

    @GetMapping(BrowserLinks.RUN_GUIDE)
    String run(@PathVariable String traversal, @PathVariable String values, Model model) {
        Traversal named = traversals.traversal(traversal);
        model.addAttribute("traversal", named);
        model.addAttribute("values", BrowserLinks.decode(values));
        return "guide/run";
    }
}
