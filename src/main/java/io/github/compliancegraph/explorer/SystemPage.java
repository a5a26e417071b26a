package io.github.compliancegraph.explorer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.compliancegraph.coverage.Coverage;
import io.github.compliancegraph.mapping.NaturalOrder;
import io.github.compliancegraph.system.ChainResponsibilities;
import io.github.compliancegraph.system.HeldClause;
import io.github.compliancegraph.system.SystemChain;
import io.github.compliancegraph.system.SystemResponsibilities;
import io.github.compliancegraph.system.Systems;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Customers' own systems: the chain of providers each builds on, and per framework what is still the system's. */
@Controller
class SystemPage {

    /** The framework the example chain is written against, shown first where its catalog is imported. */
    static final String DEFAULT_FRAMEWORK = "secnumcloud-3.2";

    /**
     * Chapters in natural order (5 before 19). The traversal sorts clauses by ref, and a clause the catalog gives no
     * ref (a paragraph, "node329") comes after all others: each is put back in its chapter, in the order it came.
     */
    private static final Comparator<String> CHAPTERS = Comparator.comparing(NaturalOrder::key,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final Systems systems;
    private final ChainResponsibilities responsibilities;
    private final Coverage coverage;
    private final TraversalRunner traversals;

    SystemPage(Systems systems, ChainResponsibilities responsibilities, Coverage coverage, TraversalRunner traversals) {
        this.systems = systems;
        this.responsibilities = responsibilities;
        this.coverage = coverage;
        this.traversals = traversals;
    }

    /**
     * A holding as the page names and explains it.
     *
     * @param key     provider, taken-on, attested, shared, system or unclaimed
     * @param clauses how many clauses of the framework are held so
     */
    record Holding(String key, String label, String meaning, int clauses) {

        static Holding of(String key, int clauses) {
            return switch (key) {
                case HeldClause.PROVIDER -> new Holding(key, "Provider", "a provider does it, and you inherit it", clauses);
                case HeldClause.TAKEN_ON -> new Holding(key, "Taken on", "a provider does what one below it leaves to its customer",
                        clauses);
                case HeldClause.ATTESTED -> new Holding(key, "Attested", "no statement, but an audit of a provider's service covers it",
                        clauses);
                case HeldClause.SHARED -> new Holding(key, "Shared", "the provider nearest to you shares it with its customer: you",
                        clauses);
                case HeldClause.SYSTEM -> new Holding(key, "Left to you",
                        "the provider nearest to you that speaks of it leaves it to its customer: you", clauses);
                case HeldClause.UNCLAIMED -> new Holding(key, "Unclaimed", "no provider of the chain says anything of it", clauses);
                default -> throw new IllegalArgumentException("unknown holding " + key);
            };
        }
    }

    @GetMapping("/systems")
    String systems(Model model) {
        model.addAttribute("systems", systems.list());
        model.addAttribute("providers", traversals.ids("lookups/provider-ids"));
        model.addAttribute("api", ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/systems").toUriString());
        return "explorer/systems";
    }

    @GetMapping("/systems/{id}")
    String system(@PathVariable String id, @RequestParam(required = false) String framework, Model model) {
        SystemChain chain = systems.chain(id);
        List<String> frameworks = assessableFrameworks();
        String chosen = StringUtils.hasText(framework) ? framework : frameworks.contains(DEFAULT_FRAMEWORK) ? DEFAULT_FRAMEWORK
                : frameworks.stream().findFirst().orElse(null);
        model.addAttribute("system", systems.list().stream().filter(s -> id.equals(s.id())).findFirst().orElseThrow());
        model.addAttribute("chain", chain);
        model.addAttribute("graph", graph(chain).elements());
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("framework", chosen);
        if (chosen != null) {
            show(responsibilities.of(id, chosen), model);
        }
        return "explorer/system";
    }

    /** The figures, the chart and the lists of what is still the system's for one framework. */
    private static void show(SystemResponsibilities answer, Model model) {
        List<HeldClause> stillYours = answer.stillYours().stream().sorted(Comparator.comparing(HeldClause::chapter, CHAPTERS)).toList();
        List<Holding> holdings = answer.holdings().stream().map(h -> Holding.of(h, answer.totals().get(h))).toList();
        List<HeldClause> unclaimed = stillYours.stream().filter(c -> HeldClause.UNCLAIMED.equals(c.holding())).toList();
        model.addAttribute("answer", answer);
        model.addAttribute("holdings", holdings);
        model.addAttribute("labels", holdings.stream().collect(Collectors.toMap(Holding::key, Holding::label)));
        model.addAttribute("chart", Map.of("holdings", holdings, "chapters", answer.chapters().stream()
                .sorted(Comparator.comparing(SystemResponsibilities.Chapter::chapter, CHAPTERS)).toList()));
        model.addAttribute("stillYours", stillYours);
        model.addAttribute("leftToYou", stillYours.stream().filter(c -> !HeldClause.UNCLAIMED.equals(c.holding()))
                .map(StillYours::of).toList());
        model.addAttribute("unclaimedCount", unclaimed.size());
        model.addAttribute("unclaimed", unclaimed.stream().collect(Collectors.groupingBy(SystemPage::chapter, LinkedHashMap::new,
                Collectors.toList())));
    }

    /**
     * The frameworks a system can be checked against: those with assessable clauses of their own (one
     * that only derives its coverage from another has none for the chain to hold).
     */
    private List<String> assessableFrameworks() {
        return coverage.overview().entrySet().stream()
                .filter(f -> f.getValue().clauses() > 0 && f.getValue().derivedFrom() == null)
                .map(Map.Entry::getKey).toList();
    }

    /** A clause's chapter as the page heads it: its ref and title. */
    private static String chapter(HeldClause clause) {
        return clause.chapterTitle() == null ? String.valueOf(clause.chapter()) : clause.chapter() + " " + clause.chapterTitle();
    }

    /** The system on top, each provider below the parties that build on it, each edge named by the source that declared it. */
    private static Graph graph(SystemChain chain) {
        var graph = new Graph();
        for (SystemChain.Edge edge : chain.edges()) {
            graph.node(edge.from(), kind(edge.fromRole()), edge.fromName() + " (" + edge.fromRole() + ")");
            graph.node(edge.to(), kind(edge.toRole()), edge.toName() + " (" + edge.toRole() + ")");
            graph.edge(edge.from(), edge.to(), "BUILDS_ON", "builds on · " + edge.source());
        }
        return graph;
    }

    private static String kind(String role) {
        return "system".equals(role) ? Graph.SYSTEM : "Party";
    }
}
