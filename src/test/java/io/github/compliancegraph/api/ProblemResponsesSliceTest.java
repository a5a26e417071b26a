package io.github.compliancegraph.api;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.github.compliancegraph.problem.BusyException;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.NoCatalogException;
import io.github.compliancegraph.problem.TraversalTimedOutException;
import io.github.compliancegraph.problem.UnknownValueException;
import io.github.compliancegraph.traversal.TraversalRunner;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * How a failure of a traversal reaches an API client: each problem type as its status, a title and
 * the parameter at fault, in {@code application/problem+json}, never a stack trace (slice: no graph).
 */
@ApiSlice
class ProblemResponsesSliceTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TraversalRunner runner;
    @Autowired
    ApplicationContext app;

    static Stream<Arguments> problems() {
        return Stream.of(
                arguments(Named.of("invalid parameter", new InvalidParameterException("limit", "'0' is below 1")),
                        400, "Invalid parameter limit", "limit"),
                arguments(Named.of("unknown value", new UnknownValueException("framework", "iso9001", List.of("iso27001-2013"))),
                        404, "Unknown framework", "framework"),
                arguments(Named.of("framework without a catalog", new NoCatalogException("hds-v2")),
                        409, "Framework without a catalog", "framework"),
                arguments(Named.of("traversal stopped by the app", new TraversalTimedOutException("coverage")),
                        503, "Query timed out", null),
                arguments(Named.of("transaction stopped by the database",
                        new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated")),
                        503, "Query timed out", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachProblemIsItsStatusTitleAndParameter(RuntimeException thrown, int status, String title, String parameter) {
        when(runner.run(eq("coverage"), anyMap())).thenThrow(thrown);

        MvcTestResult answer = mvc.get().uri("/api/traversals/coverage?framework=secnumcloud-3.2").exchange();

        assertThat(answer).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo(title);
        assertThat(answer).bodyJson().extractingPath("$.status").isEqualTo(status);
        if (parameter == null) {
            assertThat(answer).bodyJson().doesNotHavePath("$.parameter");
        } else {
            assertThat(answer).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        }
    }

    @Test
    void anUnknownValueListsTheValidOnes() {
        when(runner.run(eq("coverage"), anyMap()))
                .thenThrow(new UnknownValueException("framework", "iso9001", List.of("iso27001-2013", "secnumcloud-3.2")));

        assertThat(mvc.get().uri("/api/traversals/coverage?framework=iso9001")).hasStatus(404)
                .bodyJson().extractingPath("$.validValues").asArray().containsExactly("iso27001-2013", "secnumcloud-3.2");
    }

    @Test
    void tooManyHeavyQueriesSayWhenToTryAgain() {
        when(runner.run(eq("crosswalk"), anyMap())).thenThrow(new BusyException("crosswalk", 2, Duration.ofSeconds(3)));

        MvcTestResult answer = mvc.get().uri("/api/traversals/crosswalk?from=a&to=b").exchange();

        assertThat(answer).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "3");
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Too many heavy queries at once");
    }

    @Test
    void aQueryTheDatabaseRefusesIsA500NamingItsCodeAndNothingOfTheServer() {
        when(runner.run(eq("coverage"), anyMap())).thenThrow(
                new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCHH' at line 3"));

        MvcTestResult answer = mvc.get().uri("/api/traversals/coverage").exchange();

        assertThat(answer).hasStatus(500).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.detail")
                .isEqualTo("the database refused the query: Neo.ClientError.Statement.SyntaxError");
        assertThat(answer).bodyText().doesNotContain("MATCHH", "ClientException", "at io.github", "trace");
    }

    @Test
    void beforeTheBundledDocumentsAreImportedTheApiAsksToComeBackAndRunsNothing() {
        // what the app is while its startup runners import the bundled documents
        AvailabilityChangeEvent.publish(app, ReadinessState.REFUSING_TRAFFIC);
        try {
            MvcTestResult answer = mvc.get().uri("/api/traversals/coverage?framework=secnumcloud-3.2").exchange();

            assertThat(answer).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "5");
            assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Importing the bundled documents");
            verifyNoInteractions(runner);
        } finally {
            AvailabilityChangeEvent.publish(app, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
