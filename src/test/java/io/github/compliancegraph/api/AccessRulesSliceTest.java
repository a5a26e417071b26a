package io.github.compliancegraph.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.compliancegraph.imports.ImportService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Who may read and who may write (the {@code security} package's rules, slice: no graph). Reads are
 * open by default; a write needs the importer's HTTP Basic credentials and, from a browser, a page of
 * this server's own origin. Every refusal is a problem, and the service behind it never runs.
 */
@ApiSlice
class AccessRulesSliceTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ImportService imports;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anyoneReads() {
        assertThat(mvc.get().uri("/api/traversals")).hasStatusOk();
    }

    @Test
    void aWriteWithoutCredentialsIsAskedForThem() {
        MvcTestResult answer = mvc.post().uri("/api/imports/bundled").exchange();

        assertThat(answer).hasStatus(401).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"compliance-graph\"")
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Authentication required");
        verify(imports, never()).importBundled();
    }

    @Test
    void aWrongPasswordIsRefusedLikeNone() {
        assertThat(mvc.post().uri("/api/imports/bundled").header(HttpHeaders.AUTHORIZATION, basic("importer", "guess")))
                .hasStatus(401);
        verify(imports, never()).importBundled();
    }

    @Test
    void theReaderMayNotWrite() {
        MvcTestResult answer = mvc.post().uri("/api/imports/bundled")
                .header(HttpHeaders.AUTHORIZATION, basic("reader", ApiSlice.READER_PASSWORD)).exchange();

        assertThat(answer).hasStatus(403);
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Not allowed");
        assertThat(answer).bodyJson().extractingPath("$.instance").isEqualTo("/api/imports/bundled");
        verify(imports, never()).importBundled();
    }

    @Test
    void theImporterWritesFromAScriptAndFromThisServersOwnPages() {
        assertThat(mvc.post().uri("/api/imports/bundled")
                .header(HttpHeaders.AUTHORIZATION, basic("importer", ApiSlice.IMPORTER_PASSWORD))).hasStatusOk();
        assertThat(mvc.post().uri("/api/imports/bundled")
                .header(HttpHeaders.AUTHORIZATION, basic("importer", ApiSlice.IMPORTER_PASSWORD))
                .header(HttpHeaders.ORIGIN, "http://localhost").header("Sec-Fetch-Site", "same-origin")).hasStatusOk();
        verify(imports, times(2)).importBundled();
    }

    @Test
    void aPageOfAnotherSiteCannotMakeTheImportersBrowserWrite() {
        MvcTestResult answer = mvc.post().uri("/api/imports/bundled")
                .header(HttpHeaders.AUTHORIZATION, basic("importer", ApiSlice.IMPORTER_PASSWORD))
                .header(HttpHeaders.ORIGIN, "https://attacker.example").header("Sec-Fetch-Site", "cross-site").exchange();

        assertThat(answer).hasStatus(403);
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Cross-origin write refused");
        assertThat(answer).bodyJson().extractingPath("$.origin").isEqualTo("https://attacker.example");
        verify(imports, never()).importBundled();
    }

    @Test
    void aUrlTheFirewallRefusesIsA400Problem() {
        MvcTestResult answer = mvc.get().uri(URI.create("/api/traversals/..%2Fimports")).exchange();

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.title").isEqualTo("Request rejected");
    }

    @Nested
    @TestPropertySource(properties = "compliance.security.read-access=authenticated")
    class WhenReadsNeedAnAccount {

        /** This class's own context, where reads need an account (the enclosing class's field is the other context's). */
        @Autowired
        MockMvcTester closed;

        @Test
        void aReadWithoutCredentialsIsAskedForThem() {
            assertThat(closed.get().uri("/api/traversals")).hasStatus(401)
                    .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"compliance-graph\"");
        }

        @Test
        void theReaderAndTheImporterRead() {
            assertThat(closed.get().uri("/api/traversals").header(HttpHeaders.AUTHORIZATION, basic("reader", ApiSlice.READER_PASSWORD)))
                    .hasStatusOk();
            assertThat(closed.get().uri("/api/traversals").header(HttpHeaders.AUTHORIZATION, basic("importer", ApiSlice.IMPORTER_PASSWORD)))
                    .hasStatusOk();
        }
    }
}
