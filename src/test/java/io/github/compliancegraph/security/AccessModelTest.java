package io.github.compliancegraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.GraphFingerprint;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access model as configured by default: open reads, guarded writes refused across origins, no Cypher
 * endpoint, no default password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessModelTest {

    /** Every endpoint the app serves. A new one fails this test until it is reviewed and added here (and to docs/security.md). */
    private static final Set<String> REVIEWED = Set.of(
            "GET /api/frameworks", "GET /api/frameworks/{id}", "GET /api/frameworks/{id}/clauses", "GET /api/clauses/{uid}",
            "GET /api/controls", "GET /api/search", "GET /api/glossary", "GET /api/coverage/{framework}", "GET /api/gaps/{framework}",
            "GET /api/crosswalk", "GET /api/topics", "GET /api/parties", "GET /api/parties/{id}/responsibilities",
            "GET /api/traversals", "GET /api/traversals/{name}", "GET /api/imports", "GET /api/imports/{source}",
            "GET /api/compare", "GET /api/completeness", "GET /api/customer-responsibilities", "GET /api/export/oscal-ssp",
            "GET /api/systems", "GET /api/systems/{id}", "GET /api/systems/{id}/responsibilities",
            "GET /api/systems/{id}/export/oscal-ssp", "GET /api/systems/{id}/export/crm.xlsx",
            // the explorer's pages, Neo4j Browser's discovery document (also GET /) and guides: all reads
            "GET /", "GET /frameworks/{id}", "GET /clauses/{uid}", "GET /parties/{id}", "GET /crosswalk", "GET /compare",
            "GET /traversals", "GET /search", "GET /customer/responsibilities", "GET /guide/compliance.html",
            "GET /guide/run/{traversal}/{values}", "GET /systems", "GET /systems/{id}",
            "POST /api/imports/bundled", "POST /api/imports/{kind}", "POST /api/systems");
    /** Parameter names that would suggest a statement is taken from the request. */
    private static final Pattern STATEMENT_LIKE = Pattern.compile("(?i).*(cypher|query|statement|cql|script|expression).*");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;

    private Map<String, HandlerMethod> appEndpoints() {
        var endpoints = new TreeMap<String, HandlerMethod>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("io.github.compliancegraph")) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    for (String path : info.getPatternValues()) {
                        endpoints.put(method + " " + path, handler);
                    }
                }
            }
        });
        return endpoints;
    }

    @Test
    void noEndpointRunsCypherTakenFromTheRequest() {
        Map<String, HandlerMethod> endpoints = appEndpoints();
        assertThat(endpoints.keySet()).as("every endpoint is one reviewed for access").containsExactlyInAnyOrderElementsOf(REVIEWED);
        endpoints.forEach((endpoint, handler) -> {
            for (Parameter p : handler.getMethod().getParameters()) {
                // a map of all query parameters is checked name by name against the traversal's declared ones
                if (!Map.class.isAssignableFrom(p.getType())) {
                    assertThat(p.getName()).as(endpoint + " takes no statement").doesNotMatch(STATEMENT_LIKE);
                }
            }
        });
        // a traversal name is looked up among the files loaded at startup, never run as given
        var asName = http.getForEntity("/api/traversals/{name}", JsonNode.class, "MATCH (n) RETURN n");
        assertThat(asName.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asName.getBody().get("validValues").toString()).contains("clauses-touching");
    }

    @Test
    void everyWriteEndpointRefusesAnonymousCallers() {
        appEndpoints().keySet().stream().filter(e -> !e.startsWith("GET ")).forEach(endpoint -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            String path = methodAndPath[1].replace("{kind}", "csv-catalog");
            var answer = http.exchange(path, HttpMethod.valueOf(methodAndPath[0]), HttpEntity.EMPTY, JsonNode.class);
            assertThat(answer.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            assertThat(http.exchange("/api/frameworks/iso27001-2013", method, HttpEntity.EMPTY, JsonNode.class).getStatusCode())
                    .as(method + " without credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.getForEntity("/api/frameworks", JsonNode.class).getStatusCode()).as("reads are open by default")
                .isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate importer() {
        return http.withBasicAuth("importer", "test-only-password");
    }

    /** Headers a browser sets itself: {@code Origin}, then {@code Sec-Fetch-Site} if given. */
    private static HttpHeaders browser(String origin, String site) {
        var headers = new HttpHeaders();
        if (origin != null) {
            headers.setOrigin(origin);
        }
        if (site != null) {
            headers.set("Sec-Fetch-Site", site);
        }
        return headers;
    }

    /** The bundled documents imported again: a write that changes nothing but adds one import report per document. */
    private ResponseEntity<JsonNode> reimportBundled(HttpHeaders headers) {
        return importer().postForEntity("/api/imports/bundled", new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void crossOriginWritesAreRefusedBeforeTheyTouchTheGraph() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        List<JsonNode> reportsBefore = List.of(http.getForObject("/api/imports", JsonNode[].class));
        Map<HttpHeaders, String> pages = Map.of(
                browser("http://evil.example", "cross-site"), "a write from origin http://evil.example is refused",
                browser("http://evil.example", null), "a write from origin http://evil.example is refused",
                browser("null", "cross-site"), "a write from origin null is refused",
                browser(null, "cross-site"), "(Sec-Fetch-Site: cross-site) is refused",
                browser("http://docs.localhost:" + port(), "same-site"), "a write from origin http://docs.localhost:");
        pages.forEach((headers, refusal) -> {
            var answer = reimportBundled(headers);
            assertThat(answer.getStatusCode()).as(headers.toString()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().get("title").asText()).isEqualTo("Cross-origin write refused");
            assertThat(answer.getBody().get("detail").asText()).as(headers.toString()).contains(refusal)
                    .contains("http://localhost:" + port(), "compliance.security.allowed-origins");
        });

        // what a page on another site posts with a form: multipart, the credentials the browser holds added to it
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource("ref,title\n1,Planted\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "planted.csv";
            }
        });
        HttpHeaders headers = browser("http://evil.example", "cross-site");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var planted = importer().postForEntity("/api/imports/csv-catalog?framework=planted", new HttpEntity<>(form, headers), JsonNode.class);
        assertThat(planted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(planted.getBody().get("origin").asText()).isEqualTo("http://evil.example");
        assertThat(planted.getBody().get("instance").asText()).isEqualTo("/api/imports/csv-catalog");

        assertThat(GraphFingerprint.of(driver)).as("no import ran, not even a report was added").isEqualTo(before);
        assertThat(http.getForObject("/api/imports", JsonNode[].class)).containsExactlyElementsOf(reportsBefore);
        assertThat(http.getForEntity("/api/frameworks/planted", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void writesWithoutOriginOrFromTheServersOwnPagesGoOn() {
        GraphFingerprint before = GraphFingerprint.of(driver);
        var commandLine = reimportBundled(new HttpHeaders());
        assertThat(commandLine.getStatusCode()).as("no Origin, no Sec-Fetch-Site: curl or a script").isEqualTo(HttpStatus.OK);
        var swaggerUi = reimportBundled(browser("http://localhost:" + port(), "same-origin"));
        assertThat(swaggerUi.getStatusCode()).as("a page of this server").isEqualTo(HttpStatus.OK);
        GraphFingerprint after = GraphFingerprint.of(driver);
        assertThat(after.labels().get("ImportRun")).as("both imports ran")
                .isEqualTo(before.labels().get("ImportRun") + commandLine.getBody().size() + swaggerUi.getBody().size());
        assertThat(after.withoutImportRuns()).isEqualTo(before.withoutImportRuns());
    }

    /** The decision alone, for what the shared context cannot show: the allow-list, default ports, letter case. */
    @Test
    void allowedOriginsMayWriteAndOriginsAreComparedAsOrigins() throws ServletException, IOException {
        var filter = new CrossOriginWriteFilter(List.of("https://front.example", "HTTP://Other.Example:8081"), new ObjectMapper());
        record Case(String method, String origin, String site, int status) { }
        for (Case c : List.of(
                new Case("POST", "https://front.example", "cross-site", 200),
                new Case("POST", "https://front.example:443", "same-site", 200),
                new Case("PUT", "http://other.example:8081", "cross-site", 200),
                new Case("POST", "http://front.example", "cross-site", 403),
                new Case("POST", "https://front.example:8443", "cross-site", 403),
                new Case("POST", "https://api.example", "same-origin", 200),
                new Case("POST", "HTTPS://API.EXAMPLE:443", null, 200),
                new Case("DELETE", "https://api.example/", null, 403),
                new Case("POST", "https://api.example:8443", null, 403),
                new Case("POST", "http://api.example", null, 403),
                new Case("POST", null, "same-origin", 200),
                new Case("POST", null, "none", 200),
                new Case("PATCH", null, "same-site", 403),
                new Case("GET", "http://evil.example", "cross-site", 200),
                new Case("OPTIONS", "http://evil.example", "cross-site", 200))) {
            var request = new MockHttpServletRequest(c.method(), "/api/imports/bundled");
            request.setScheme("https");
            request.setServerName("api.example");
            request.setServerPort(443);
            if (c.origin() != null) {
                request.addHeader(HttpHeaders.ORIGIN, c.origin());
            }
            if (c.site() != null) {
                request.addHeader("Sec-Fetch-Site", c.site());
            }
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            assertThat(response.getStatus()).as(c.toString()).isEqualTo(c.status());
            assertThat(chain.getRequest()).as(c + " went on").isEqualTo(c.status() == 200 ? request : null);
        }
        assertThatThrownBy(() -> new CrossOriginWriteFilter(List.of("https://front.example/app"), new ObjectMapper()))
                .hasMessageContaining("'https://front.example/app' is not an origin");
    }

    private int port() {
        return Integer.parseInt(http.getRootUri().substring(http.getRootUri().lastIndexOf(':') + 1));
    }

    @Test
    void noProductionConfigurationCarriesAPassword() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<Path> configurations = files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList();
            assertThat(configurations).isNotEmpty();
            for (Path file : configurations) {
                for (var source : new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file))) {
                    for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                        if (name.toLowerCase(Locale.ROOT).contains("password")) {
                            assertThat(String.valueOf(source.getProperty(name))).as(file + ": " + name).isBlank();
                        }
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no properties files to check besides YAML")
                    .noneMatch(name -> name.startsWith("application") && name.endsWith(".properties"));
        }
        // docker-compose takes every password from the environment, with no fallback value
        Pattern passwordSetting = Pattern.compile("(?im)^\\s*[A-Z_]*PASSWORD[A-Z_]*:\\s*(.*)$");
        var compose = passwordSetting.matcher(Files.readString(Path.of("docker-compose.yml")));
        int settings = 0;
        while (compose.find()) {
            settings++;
            assertThat(compose.group(1)).as(compose.group()).matches("\\$\\{[A-Z_]+(:\\?[^}]*|:-)?}");
        }
        assertThat(settings).isPositive();
    }
}
