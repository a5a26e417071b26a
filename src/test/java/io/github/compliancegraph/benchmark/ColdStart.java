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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the packaged app as a child process and times it to its first answered request: the
 * flagship endpoint returning its rows. On an empty database the app first imports the bundled
 * documents; started again on the same database it does not. The Docker image's launch is always
 * timed: the jar extracted by Spring Boot's {@code jarmode=tools} with a class-data-sharing archive
 * from a training run, the steps the {@code Dockerfile} takes. The plain {@code java -jar} launch
 * is timed too unless {@code plainJar} is false.
 */
final class ColdStart {

    record Figure(String mode, double seconds) {
    }

    static final String FLAGSHIP = "/api/traversals/clauses-touching?framework=secnumcloud-3.2&party=client&topic=key-management";
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final String HEAP = "-Xmx1g";

    private final Path jar;
    private final Path work;
    private final Consumer<String> progress;

    ColdStart(Path jar, Path work, Consumer<String> progress) {
        this.jar = jar;
        this.work = work;
        this.progress = progress;
    }

    List<Figure> measure(boolean plainJar) throws IOException, InterruptedException {
        var figures = new ArrayList<Figure>();
        Path extracted = work.resolve("cold-start-app");
        Path archive = extracted.resolve("app.jsa");
        long prepared = System.nanoTime();
        FileSystemUtils.deleteRecursively(extracted);
        run("extract", List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path trainingHome = work.resolve("cold-start-training-db");
        FileSystemUtils.deleteRecursively(trainingHome);
        run("training", List.of("java", HEAP, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toString(), "--compliance.embedded.home=" + trainingHome, "--compliance.embedded.bolt-port=0",
                "--server.port=0"));
        progress.accept(String.format("  extracted the jar and recorded its CDS archive in %.0f s (once per build, as the Docker image does)",
                (System.nanoTime() - prepared) / 1e9));
        figures.addAll(starts("extracted jar with its CDS archive, as the Docker image starts it",
                List.of("java", HEAP, "-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString()), "cds"));
        if (plainJar) {
            figures.addAll(starts("packaged jar, java -jar", List.of("java", HEAP, "-jar", jar.toString()), "jar"));
        }
        return figures;
    }

    /** Two starts on one database: the first finds it empty and imports, the second finds it imported. */
    private List<Figure> starts(String launch, List<String> command, String name) throws IOException, InterruptedException {
        Path home = work.resolve("cold-start-db-" + name);
        // a database left by an earlier run would make the first start skip its import
        FileSystemUtils.deleteRecursively(home);
        var figures = List.of(
                new Figure(launch + "; empty database: start, schema, first import of the bundled documents and catalogs, first answer",
                        time(command, home, name + "-first")),
                new Figure(launch + "; database already imported: start, first answer", time(command, home, name + "-second")));
        figures.forEach(f -> progress.accept("  " + f));
        return figures;
    }

    private void run(String step, List<String> command) throws IOException, InterruptedException {
        Path log = work.resolve("cold-start-" + step + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(GIVE_UP.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(step + " of the packaged app failed; see " + log);
        }
    }

    private double time(List<String> launch, Path home, String run) throws IOException, InterruptedException {
        int port = freePort();
        long started = System.nanoTime();
        List<String> command = Stream.concat(launch.stream(), Stream.of("--server.port=" + port, "--compliance.embedded.home=" + home,
                "--compliance.embedded.bolt-port=0", "--compliance.embedded.page-cache=64m")).toList();
        Path log = work.resolve("cold-start-" + run + ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FLAGSHIP)).timeout(Duration.ofSeconds(10)).build();
            while (System.nanoTime() - started < GIVE_UP.toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app exited with " + app.exitValue() + "; see " + log);
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
