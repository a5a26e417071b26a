package io.github.compliancegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The access model as configured by default: open reads, guarded writes, no Cypher endpoint, no default password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessModelTest {

    /** Every endpoint the app serves. A new one fails this test until it is reviewed and added here (and to docs/security.md). */
    private static final Set<String> REVIEWED = Set.of(
            "GET /api/frameworks", "GET /api/frameworks/{id}", "GET /api/frameworks/{id}/clauses", "GET /api/clauses/{uid}",
            "GET /api/controls", "GET /api/search", "GET /api/coverage/{framework}", "GET /api/gaps/{framework}",
            "GET /api/crosswalk", "GET /api/topics", "GET /api/parties", "GET /api/parties/{id}/responsibilities",
            "GET /api/traversals", "GET /api/traversals/{name}", "GET /api/imports", "GET /api/imports/{source}",
            "GET /api/compare", "GET /api/customer-responsibilities", "GET /api/export/oscal-ssp",
            // the explorer's pages, Neo4j Browser's discovery document (also GET /) and guides: all reads
            "GET /", "GET /frameworks/{id}", "GET /clauses/{uid}", "GET /parties/{id}", "GET /crosswalk", "GET /compare",
            "GET /traversals", "GET /search", "GET /customer/responsibilities", "GET /guide/compliance.html",
            "GET /guide/run/{traversal}/{values}",
            "POST /api/imports/bundled", "POST /api/imports/{kind}");
    /** Parameter names that would suggest a statement is taken from the request. */
    private static final Pattern STATEMENT_LIKE = Pattern.compile("(?i).*(cypher|query|statement|cql|script|expression).*");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestRestTemplate http;

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
