package io.github.compliancegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.ReferenceFiles;
import io.github.compliancegraph.SystemTest;
import io.github.compliancegraph.coverage.CoverageSummary;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.system.HeldClause;
import io.github.compliancegraph.system.SystemChainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The explorer and the bundled Neo4j Browser in a real (headless) Chromium, on the imported
 * documents plus the SecNumCloud and ISO/IEC 27001 catalogs and their mapping sets, the
 * example matrix of a second provider (Nimbus), and the example chain (the Cumulus platform on
 * Outscale, an application declared on Cumulus). Each page's figures are checked against the API;
 * screenshots go to target/screenshots.
 */
@SystemTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@EnabledIf(value = "canRun", disabledReason = "needs Chromium and chromium-driver (apt-get install -y chromium chromium-driver) "
        + "and the reference files (../shared/reference)")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {

    private static final String SNC = "secnumcloud-3.2";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The ref a clause without one gets from its CISO Assistant urn ("node329"): never what a page shows. */
    private static final Predicate<String> MADE_UP_REF = Pattern.compile("node\\d+").asPredicate();

    /** Decided before the context starts, so a machine without them starts no application for nothing. */
    static boolean canRun() {
        return Chromium.installed() && ReferenceFiles.present();
    }

    /** The HTTP port must be known before the embedded database starts: Browser's post-connect guide names it. */
    @DynamicPropertySource
    static void httpPort(DynamicPropertyRegistry registry) throws IOException {
        try (var socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            registry.add("server.port", () -> port);
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    Importers catalogs;

    private ChromeDriver browser;
    private Path downloads;
    private String app;

    @BeforeAll
    void start() throws IOException {
        for (String library : List.of("secnumcloud-3.2.yaml", "iso27001-2013.yaml", "iso27001-2022.yaml",
                "mapping-secnumcloud-3.2-to-iso27001-2022.yaml", "mapping-iso27001-2013-to-iso27001-2022.yaml")) {
            catalogs.importFile("ciso-assistant", library, ReferenceFiles.read("ciso-assistant/" + library), Map.of());
        }
        Path examples = Path.of("data", "examples");
        catalogs.importFile("responsibility-matrix", new ImportRequest("nimbus-responsibility-matrix.csv",
                Files.readAllBytes(examples.resolve("nimbus-responsibility-matrix.csv")), Map.of(), examples,
                Files.readAllBytes(examples.resolve("nimbus-responsibility-matrix.yaml")), null));
        SystemChainTest.declareExampleChain(http);
        app = http.getRootUri();
        downloads = Files.createTempDirectory("explorer-downloads");
        browser = Chromium.start(downloads);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(app + path);
        new WebDriverWait(browser, WAIT).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || null")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** The text of every element the selector matches, hidden ones included, read at once. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim())", css);
    }

    private int number(String css) {
        return Integer.parseInt(text(css).replace(" %", "").strip());
    }

    /** Every resource the page loaded came from the app itself. */
    private void assertNothingLoadedFromElsewhere() {
        @SuppressWarnings("unchecked")
        var urls = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(app));
    }

    @Test
    @Order(1)
    void overviewShowsEveryFrameworkWithTheCoverageTheApiComputes() throws IOException {
        open("/");
        JsonNode api = http.getForObject("/api/coverage/" + SNC, JsonNode.class).get("overall");
        String row = "tr[data-framework='" + SNC + "'] ";
        for (String status : CoverageSummary.STATUSES) {
            assertThat(number(row + "td[data-status='" + status + "']")).as(status).isEqualTo(api.get("counts").get(status).asInt());
        }
        assertThat(browser.findElements(By.cssSelector("#frameworks-table tbody tr")))
                .hasSize(http.getForObject("/api/frameworks", JsonNode.class).get("rows").size());
        assertThat(browser.findElements(By.cssSelector("#coverage-chart svg path"))).as("bars drawn").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#imports-table tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertNothingLoadedFromElsewhere();
        Chromium.fullPage(browser, "1-overview");
    }

    @Test
    @Order(2)
    void frameworkPageShowsTheSameCoverageAsTheApiAndItsGaps() throws IOException {
        open("/frameworks/" + SNC);
        JsonNode api = http.getForObject("/api/coverage/" + SNC, JsonNode.class);
        JsonNode overall = api.get("overall");
        assertThat(number("tr.overall td[data-status='clauses']")).isEqualTo(overall.get("clauses").asInt());
        for (String status : CoverageSummary.STATUSES) {
            assertThat(number("tr.overall td[data-status='" + status + "']")).as(status)
                    .isEqualTo(overall.get("counts").get(status).asInt());
        }
        assertThat(text("tr.overall td[data-status='covered']")).isEqualTo(overall.get("covered").asText() + " %");
        assertThat(browser.findElements(By.cssSelector("tr.chapter"))).hasSize(api.get("chapters").size());
        assertThat(number("#gap-count")).isEqualTo(overall.get("counts").get("gap").asInt());
        assertThat(browser.findElements(By.cssSelector("tr.gap-row"))).hasSize(overall.get("counts").get("gap").asInt());
        assertThat(browser.findElements(By.cssSelector("#treemap svg path")).size()).as("treemap tiles")
                .isGreaterThanOrEqualTo(overall.get("clauses").asInt());
        Chromium.fullPage(browser, "2-framework-secnumcloud");

        new Select(browser.findElement(By.id("party"))).selectByValue("client");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("party=client"));
        JsonNode clientOnly = http.getForObject("/api/coverage/" + SNC + "?party=client", JsonNode.class).get("overall");
        assertThat(number("#gap-count")).isEqualTo(clientOnly.get("counts").get("gap").asInt());
        assertThat(number("tr.overall td[data-status='gap']")).isEqualTo(clientOnly.get("counts").get("gap").asInt());
    }

    @Test
    @Order(3)
    void gapsFilterByTopic() {
        open("/frameworks/" + SNC);
        int all = number("#gap-count");
        open("/frameworks/" + SNC + "?topic=logging-monitoring");
        int logging = number("#gap-count");
        assertThat(logging).isPositive().isLessThan(all);
        assertThat(browser.findElements(By.cssSelector("tr.gap-row"))).allSatisfy(row ->
                assertThat(row.findElement(By.cssSelector("td:last-child")).getText()).contains("logging-monitoring"));
    }

    @Test
    @Order(4)
    void overviewLeadsToAFrameworkThenAClauseThenItsGraph() throws IOException {
        open("/");
        browser.findElement(By.cssSelector("tr[data-framework='" + SNC + "'] a")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/frameworks/" + SNC));
        open("/frameworks/" + SNC);
        WebElement clauseLink = browser.findElement(By.cssSelector("tr.gap-row a"));
        String clause = clauseLink.getText();
        clauseLink.click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("/clauses/"));
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("neighbourhood")).getAttribute("data-nodes") != null);
        assertThat(text("h1")).isEqualTo(SNC + " " + clause);
        assertThat(Integer.parseInt(browser.findElement(By.id("neighbourhood")).getAttribute("data-nodes"))).isGreaterThan(1);
        Chromium.fullPage(browser, "3-clause-gap");
    }

    @Test
    @Order(5)
    void clausePageShowsItsStatementsLinkedClausesAndNeighbourhood() throws IOException {
        String uid = SNC + ":10.5.c";
        open("/clauses/" + uid);
        JsonNode clause = http.getForObject("/api/clauses/" + uid, JsonNode.class);
        assertThat(text("#clause-text")).startsWith(clause.get("title").asText()).isEqualTo(clause.get("text").asText());
        assertThat(number("#control-count")).isEqualTo(clause.get("controls").size()).isPositive();
        assertThat(browser.findElements(By.cssSelector("tr.mapping"))).hasSize(clause.get("mappings").size());
        assertThat(clause.get("mappings").size()).isPositive();
        assertThat(text("#links-table")).contains("iso27001-2022 A.");
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("neighbourhood")).getAttribute("data-nodes") != null);
        int nodes = Integer.parseInt(browser.findElement(By.id("neighbourhood")).getAttribute("data-nodes"));
        assertThat(nodes).as("clause, parents, statements, parties, linked clauses").isGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector("#neighbourhood canvas"))).isNotEmpty();
        Chromium.fullPage(browser, "4-clause-10.5.c");
    }

    @Test
    @Order(6)
    void partyPageGroupsResponsibilitiesAndFiltersByFramework() throws IOException {
        open("/parties/client");
        JsonNode all = http.getForObject("/api/parties/client/responsibilities?limit=1000", JsonNode.class).get("rows");
        assertThat(number("#responsibility-count")).isEqualTo(all.size());
        assertThat(browser.findElements(By.cssSelector("tr.responsibility"))).hasSize(all.size());
        Chromium.fullPage(browser, "5-party-client");
        new Select(browser.findElement(By.id("framework"))).selectByValue(SNC);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("framework=" + SNC));
        JsonNode snc = http.getForObject("/api/parties/client/responsibilities?limit=1000&framework=" + SNC, JsonNode.class).get("rows");
        assertThat(number("#responsibility-count")).isEqualTo(snc.size()).isLessThan(all.size());
    }

    @Test
    @Order(7)
    void crosswalkPageDrawsChapterFlowsAndDrillsDownToPairs() throws IOException {
        open("/crosswalk?from=iso27001-2013&to=" + SNC);
        JsonNode rows = http.getForObject("/api/crosswalk?from=iso27001-2013&to=" + SNC, JsonNode.class).get("rows");
        assertThat(number("#pair-count")).isEqualTo(rows.size()).isPositive();
        assertThat(browser.findElements(By.cssSelector("#sankey svg path"))).isNotEmpty();
        Chromium.fullPage(browser, "6-crosswalk");
        Select flows = new Select(browser.findElement(By.id("flow")));
        String flow = flows.getOptions().get(1).getAttribute("value");
        flows.selectByValue(flow);
        long expected = browser.findElements(By.cssSelector("tr[data-flow]")).stream()
                .filter(r -> flow.equals(r.getAttribute("data-flow"))).count();
        assertThat(number("#pairs-shown")).isEqualTo((int) expected).isLessThan(rows.size());
        assertThat(browser.findElements(By.cssSelector("tr[data-flow]")).stream().filter(WebElement::isDisplayed).count())
                .isEqualTo(expected);
    }

    /**
     * SecNumCloud's library leaves 237 headings, paragraphs and bullets without a ref_id (their ref is their
     * urn's "node329"); they are named by their place and the start of their title wherever a clause is named.
     */
    @Test
    @Order(7)
    void clausesWithoutARefAreNamedByTheirPlaceAndTitleNeverByTheirMadeUpRef() throws IOException {
        open("/frameworks/" + SNC);
        @SuppressWarnings("unchecked")
        var tiles = (List<String>) browser.executeScript("return JSON.parse(document.getElementById('treemap-data').textContent)"
                + ".flatMap(chapter => chapter.children.map(clause => clause.name))");
        assertThat(tiles).hasSize(number("tr.overall td[data-status='clauses']")).noneMatch(MADE_UP_REF)
                .anySatisfy(tile -> assertThat(tile).startsWith("12.2.b ¶1 la date et l’heure"));
        assertThat(texts("#treemap svg text")).isNotEmpty().noneMatch(MADE_UP_REF);
        assertThat(texts("td")).anySatisfy(cell -> assertThat(cell).contains(" ¶")).noneMatch(MADE_UP_REF);

        open("/clauses/" + SNC + ":12.2.b");
        List<String> subClauses = texts("a.tag");
        assertThat(subClauses).hasSize(3).noneMatch(MADE_UP_REF);
        assertThat(subClauses.get(0)).startsWith("12.2.b ¶1 la date et l’heure");
        String first = browser.findElement(By.cssSelector("a.tag")).getAttribute("href");
        assertThat(first).contains(":node");
        open(first.substring(app.length()));
        assertThat(text("h1")).isEqualTo(SNC + " " + subClauses.get(0));
        assertThat(browser.getTitle()).doesNotContain("node");

        String crosswalk = "/crosswalk?from=iso27001-2022&to=" + SNC;
        JsonNode rows = http.getForObject("/api/crosswalk?from=iso27001-2022&to=" + SNC, JsonNode.class).get("rows");
        assertThat(StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("to").asText())).as("targets without a ref")
                .anyMatch(MADE_UP_REF);
        open(crosswalk);
        assertThat(texts("td")).isNotEmpty().noneMatch(MADE_UP_REF);
        assertThat(texts("#sankey svg text")).isNotEmpty().noneMatch(MADE_UP_REF);
        assertTargetChaptersReadApart(rows);
        Chromium.fullPage(browser, "13-crosswalk-iso2022-secnumcloud");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open(crosswalk);
            assertTargetChaptersReadApart(rows);
            Chromium.screenshot(browser, "14-phone-crosswalk");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The Sankey's labels right of its middle (the target framework's chapters) are one per chapter, each
     * starting with the chapter's whole ref, and no two read the same however much of the title fits.
     */
    @SuppressWarnings("unchecked")
    private void assertTargetChaptersReadApart(JsonNode rows) {
        var targetLabels = (List<String>) browser.executeScript("""
                const chart = document.getElementById('sankey').getBoundingClientRect();
                return Array.from(document.querySelectorAll('#sankey svg text'))
                  .filter(t => t.getBoundingClientRect().left > chart.left + chart.width / 2).map(t => t.textContent)""");
        List<String> chapters = StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("toChapter").asText()).distinct().toList();
        assertThat(targetLabels).doesNotHaveDuplicates()
                .extracting(label -> label.substring(0, label.indexOf(' '))).containsExactlyInAnyOrderElementsOf(chapters);
    }

    @Test
    @Order(7)
    void comparePageShowsEachProvidersStatusPerClauseAsTheApiDoes() throws IOException {
        open("/compare?framework=iso27001-2013&providers=outscale&providers=nimbus");
        JsonNode api = http.getForObject("/api/compare?framework=iso27001-2013&providers=outscale,nimbus", JsonNode.class);
        for (String provider : List.of("outscale", "nimbus")) {
            for (String status : List.of("provider", "shared", "customer", "silent")) {
                assertThat(number("tr[data-provider='" + provider + "'] td[data-status='" + status + "']")).as(provider + " " + status)
                        .isEqualTo(api.get("totals").get(provider).get(status).asInt());
            }
        }
        assertThat(number("#compare-clauses")).isEqualTo(api.get("clauses").size());
        for (String provider : List.of("outscale", "nimbus")) {
            assertThat(number("details[data-provider='" + provider + "'] .never-mentioned-count")).as(provider + " never mentioned")
                    .isEqualTo(http.getForObject("/api/completeness?framework=iso27001-2013&provider=" + provider, JsonNode.class)
                            .get("neverMentioned").asInt());
        }
        assertThat(text("tr[data-ref='A.9.2.1'] td[data-provider='outscale']")).isEqualTo("provider");
        assertThat(text("tr[data-ref='A.9.2.1'] td[data-provider='nimbus']")).isEqualTo("customer");
        assertThat(text("tr[data-ref='A.12.3.1'] td[data-provider='nimbus']")).isEqualTo("shared");
        assertThat(browser.findElements(By.cssSelector("#diverging svg path"))).isNotEmpty();
        Chromium.fullPage(browser, "12-compare-iso27001");
    }

    /**
     * The example application on Cumulus on Outscale: the page's figures per holding, its "still yours" count and
     * the clauses it lists are the API's; each clause left to the system quotes the statements that left it.
     */
    @Test
    @Order(7)
    void systemPageShowsWhatIsStillYoursAsTheApiCountsIt() throws IOException {
        String system = SystemChainTest.SYSTEM;
        open("/systems");
        assertThat(browser.findElements(By.cssSelector("#systems-table tr[data-system]")))
                .hasSize(http.getForObject("/api/systems", JsonNode.class).get("rows").size());
        browser.findElement(By.cssSelector("tr[data-system='" + system + "'] a")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/systems/" + system));
        open("/systems/" + system);
        assertThat(new Select(browser.findElement(By.id("framework"))).getFirstSelectedOption().getAttribute("value"))
                .as("the default framework").isEqualTo(SNC);

        JsonNode api = http.getForObject("/api/systems/{id}/responsibilities?framework={f}", JsonNode.class, system, SNC);
        for (String holding : HeldClause.HOLDINGS) {
            assertThat(number("li[data-holding='" + holding + "'] .count")).as(holding)
                    .isEqualTo(api.get("totals").get(holding).asInt());
        }
        Map<String, String> stillYours = new TreeMap<>();
        api.get("clauses").forEach(c -> {
            if (List.of(HeldClause.SYSTEM, HeldClause.SHARED, HeldClause.UNCLAIMED).contains(c.get("holding").asText())) {
                stillYours.put(c.get("ref").asText(), c.get("holding").asText());
            }
        });
        assertThat(number("#clause-count")).isEqualTo(api.get("clauses").size());
        assertThat(number("#still-yours-count")).isEqualTo(stillYours.size()).isPositive();
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, String>>) browser.executeScript("return Array.from(document.querySelectorAll('.still-yours'))"
                + ".map(r => ({ref: r.dataset.ref, holding: r.dataset.holding, text: r.textContent}))");
        assertThat(rows).hasSize(stillYours.size());
        assertThat(rows.stream().collect(Collectors.toMap(r -> r.get("ref"), r -> r.get("holding"))))
                .isEqualTo(stillYours);
        api.get("clauses").forEach(c -> c.get("path").forEach(level -> {
            if (HeldClause.SYSTEM.equals(c.get("holding").asText()) && "customer".equals(level.get("says").asText())) {
                String row = rows.stream().filter(r -> r.get("ref").equals(c.get("ref").asText())).findFirst().orElseThrow()
                        .get("text");
                level.get("customerStatements").forEach(s -> assertThat(row).as(c.get("ref").asText())
                        .contains(s.get("text").asText(), s.get("party").asText()));
            }
        }));

        assertThat(browser.findElements(By.cssSelector("#holdings-chart svg path"))).as("bars drawn").isNotEmpty();
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("chain")).getAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("chain")).getAttribute("data-nodes")))
                .isEqualTo(1 + http.getForObject("/api/systems/{id}", JsonNode.class, system).get("providers").size());
        String csv = http.getForObject(browser.findElement(By.id("download-csv")).getAttribute("href").substring(app.length()),
                String.class);
        assertThat(csv.lines()).hasSize(1 + api.get("clauses").size());
        assertNothingLoadedFromElsewhere();
        Chromium.fullPage(browser, "15-system-health-records-app");

        assertThat(http.getForEntity("/systems/nobody", String.class).getStatusCode().value()).isEqualTo(404);
        open("/systems/nobody");
        assertThat(text("#problem")).contains("unknown system 'nobody'", system);
    }

    @Test
    @Order(8)
    void traversalRunnerShowsRowsPathsCypherAndABrowserLink() throws IOException {
        open("/traversals");
        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("run="));
        open(browser.getCurrentUrl().substring(app.length()));
        // the example values: what client's key-management statements touch, and what other parties' touch at its boundary
        JsonNode rows = http.getForObject("/api/traversals/clauses-touching?framework={f}&party=client&topic=key-management",
                JsonNode.class, SNC).get("rows");
        assertThat(number("#row-count")).isEqualTo(rows.size()).isPositive();
        assertThat(text("#rows-table")).contains(SNC + ":10.5.a", SNC + ":10.6.a");
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("paths")).getAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("paths")).getAttribute("data-nodes"))).isGreaterThan(5);
        assertThat(text("#cypher")).contains("MATCH", "$topic");
        assertThat(browser.findElement(By.id("open-in-browser")).getAttribute("href")).contains("/browser/?dbms=bolt", "cmd=play", "/guide/run/clauses-touching/");
        Chromium.fullPage(browser, "7-traversal-flagship");
    }

    @Test
    @Order(9)
    void searchBoxRunsTheFullTextSearch() throws IOException {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("encryption", Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("/search"));
        open(browser.getCurrentUrl().substring(app.length()));
        JsonNode rows = http.getForObject("/api/search?q={q}", JsonNode.class, "encryption").get("rows");
        assertThat(number("#hit-count")).isEqualTo(rows.size()).isPositive();
        // the three groups; English finds the French statements, the words they matched highlighted and named
        assertThat(browser.findElements(By.cssSelector("#topics tr[data-kind='topic']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#statements tr[data-kind='statement']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#requirements tr[data-kind='requirement']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#statements mark"))).extracting(WebElement::getText)
                .anyMatch(word -> word.toLowerCase().startsWith("chiffr"));
        assertThat(browser.findElements(By.cssSelector("#requirements mark"))).isNotEmpty();
        assertThat(text("#statements-table")).contains("\"chiffrement\" (glossary: encryption)");
        Chromium.fullPage(browser, "8-search");
        // a group as long as the first page says there may be more, and its link shows more
        WebElement more = browser.findElement(By.cssSelector("#requirements a.more"));
        assertThat(more.getText()).isEqualTo("show up to 100");
        int firstPage = browser.findElements(By.cssSelector("#requirements tr[data-kind='requirement']")).size();
        more.click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("limit=100"));
        assertThat(browser.findElements(By.cssSelector("#requirements tr[data-kind='requirement']"))).hasSizeGreaterThan(firstPage);
    }

    @Test
    @Order(10)
    void tablesExportAsCsvAndChartsAsPngAndSvg() throws IOException {
        open("/frameworks/" + SNC);
        browser.findElement(By.cssSelector("button[data-export=csv][data-target=gaps-table]")).click();
        browser.findElement(By.cssSelector("button[data-export=svg][data-target=treemap]")).click();
        browser.findElement(By.cssSelector("button[data-export=png][data-target=treemap]")).click();
        Path csv = awaitDownload(SNC + "-gaps.csv");
        Path svg = awaitDownload(SNC + "-treemap.svg");
        Path png = awaitDownload(SNC + "-treemap.png");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Clause,Chapter,Requirement,Topics");
        assertThat(lines).hasSize(1 + number("#gap-count"));
        assertThat(Files.readString(svg)).startsWith("<svg").contains("</svg>");
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, WAIT).until(d -> Files.exists(file) && file.toFile().length() > 0);
        return file;
    }

    @Test
    @Order(11)
    void pagesFitAPhoneAndAreKeyboardReachable() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/frameworks/" + SNC, "/clauses/" + SNC + ":10.5.c", "/crosswalk?from=iso27001-2013&to=" + SNC,
                    "/systems", "/systems/" + SystemChainTest.SYSTEM)) {
                open(page);
                long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow).as("horizontal overflow of %s at 390 px", page).isLessThanOrEqualTo(0);
            }
            open("/frameworks/" + SNC);
            Chromium.screenshot(browser, "9-phone-framework");
            open("/systems/" + SystemChainTest.SYSTEM);
            Chromium.fullPage(browser, "16-phone-system");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        open("/frameworks/" + SNC);
        var reached = new ArrayList<String>();
        for (int i = 0; i < 80; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached.add((String) browser.executeScript(
                    "const e = document.activeElement; return e.id || e.dataset.export || e.textContent.trim()"));
        }
        assertThat(reached).contains("q", "Overview", "Crosswalk", "csv", "png", "svg");
    }

    @Test
    @Order(12)
    void neo4jBrowserConnectsOverBoltWebSocketShowsOurGuideAndRunsTheFlagship() throws IOException {
        String bolt = http.getForObject("/", JsonNode.class).get("bolt_direct").asText();
        browser.get(app + "/browser/?dbms=" + bolt);
        connectWithoutAuthentication();
        String frame = runFromGuide("framework: 'secnumcloud-3.2', party: 'client', topic: 'key-management'");
        assertThat(frame).contains(SNC + ":10.5.d", SNC + ":10.6.a", "boundary");
        Chromium.screenshot(browser, "10-browser-guide-and-flagship");
    }

    @Test
    @Order(13)
    void openInNeo4jBrowserRunsTheTraversalWithTheValuesChosenInTheExplorer() throws IOException {
        open("/traversals?name=clauses-touching&run=1&framework=" + SNC + "&party=outscale&topic=key-management");
        int rows = number("#row-count");
        browser.findElement(By.id("open-in-browser")).click();
        String frame = runFromGuide("framework: 'secnumcloud-3.2', party: 'outscale', topic: 'key-management'");
        assertThat(frame).contains("direct");
        assertThat(rows).isPositive();
        Chromium.screenshot(browser, "11-browser-from-explorer");
    }

    /**
     * Fills Browser's connect form once it is shown; the form appears while Browser animates it in, and a Browser
     * that reached the database on its own already plays our guide, so both are waited for.
     */
    private void connectWithoutAuthentication() {
        browserWait().ignoring(ElementNotInteractableException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.findElements(By.cssSelector("pre.runnable.params")).isEmpty()) {
                        return true;
                    }
                    WebElement method = d.findElements(By.cssSelector("[data-testid='authenticationMethod']")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null);
                    if (method == null) {
                        return false;
                    }
                    new Select(method).selectByVisibleText("No authentication");
                    d.findElement(By.cssSelector("[data-testid='connect']")).click();
                    return true;
                });
    }

    private WebDriverWait browserWait() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Runs what a guide block put in the editor, once it is there, and waits for its frame. */
    private void run(String command) {
        // the editor draws spaces as non-breaking ones
        browserWait().until(d -> d.findElement(By.cssSelector("[data-testid='activeEditor']")).getText()
                .replace('\u00a0', ' ').contains(command));
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
        browserWait().until(d -> d.findElements(By.cssSelector("[data-testid='frameCommand']")).stream()
                .anyMatch(f -> f.getText().contains(command)));
    }

    /** Runs the guide's parameter block, then its query block, and returns the text of the query's result frame. */
    private String runFromGuide(String parameters) throws IOException {
        try {
            return runGuideBlocks(parameters);
        } catch (TimeoutException e) {
            Chromium.screenshot(browser, "failed-guide");
            throw new AssertionError("running the guide's blocks for " + parameters + " at " + browser.getCurrentUrl()
                    + " failed; frames: " + browser.findElements(By.cssSelector("[data-testid='frame']")).stream()
                    .map(WebElement::getText).toList(), e);
        }
    }

    private String runGuideBlocks(String parameters) {
        WebElement params = browserWait().until(d -> d.findElements(By.cssSelector("pre.runnable.params")).stream()
                .filter(e -> e.getText().contains(parameters)).findFirst().orElse(null));
        params.click();
        run(":params {" + parameters);
        // Browser reconnects on its own after a page load; a query run before that fails and is run again
        By frames = By.cssSelector("[data-testid='frame']");
        for (int attempt = 1; ; attempt++) {
            int before = browser.findElements(frames).size();
            browser.findElements(By.cssSelector("pre.runnable.query")).stream()
                    .filter(e -> e.getText().contains("MATCH (fw:Framework {id: $framework})")).findFirst().orElseThrow().click();
            run("MATCH (fw:Framework {id: $framework})");
            // frames are listed newest first
            String result = browserWait().until(d -> {
                List<WebElement> all = d.findElements(frames);
                String newest = all.size() > before ? all.get(0).getText() : "";
                return newest.contains(SNC + ":10.5.a") || newest.contains("No connection found") ? newest : null;
            });
            if (result.contains(SNC + ":10.5.a") || attempt == 5) {
                return result;
            }
            sleep(Duration.ofSeconds(2));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
