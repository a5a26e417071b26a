package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged app as a child process and times it to its first answered request: the
 * flagship endpoint returning its rows. On an empty database the app first imports the bundled
 * documents; started again on the same database it does not.
 */
final class ColdStart {

    record Figure(String mode, double seconds) {
    }

    static final String FLAGSHIP = "/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management";
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final Path jar;
    private final Path work;

    ColdStart(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    List<Figure> measure() throws IOException, InterruptedException {
        Path home = work.resolve("cold-start-db");
        var figures = new ArrayList<Figure>();
        figures.add(new Figure("empty database: start, schema, first import of the bundled documents, first answer", time(home, "first")));
        figures.add(new Figure("database already imported: start, first answer", time(home, "second")));
        return figures;
    }

    private double time(Path home, String run) throws IOException, InterruptedException {
        int port = freePort();
        long started = System.nanoTime();
        Process app = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
                "--compliance.embedded.home=" + home, "--compliance.embedded.bolt-port=0", "--compliance.embedded.page-cache=64m")
                .redirectErrorStream(true).redirectOutput(work.resolve("cold-start-" + run + ".log").toFile()).start();
        try {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FLAGSHIP)).timeout(Duration.ofSeconds(10)).build();
            while (System.nanoTime() - started < GIVE_UP.toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app exited with " + app.exitValue() + "; see " + work.resolve("cold-start-" + run + ".log"));
                }
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"rows\":[{")) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no answer within " + GIVE_UP);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
