package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.context.ConfigurableApplicationContext;

/** GETs of the app's own pages and endpoints over the loopback, as a browser or a script makes them. */
final class PageTimer {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    PageTimer(ConfigurableApplicationContext app) {
        this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Fails unless the answer is a 200; a page is asked for as HTML, anything else as JSON. */
    void get(String path) {
        boolean page = !path.startsWith("/api/");
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", page ? "text/html" : "application/json").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body().lines().findFirst().orElse(""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
