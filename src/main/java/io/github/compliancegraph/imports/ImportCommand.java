package io.github.compliancegraph.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.UnknownValueException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports a reference file from the command line, then exits: {@code --import=KIND --file=PATH|URL}
 * with {@code KIND} one of oscal-catalog, oscal-profile, ciso-assistant, csv-catalog, csv-mappings,
 * responsibility-matrix, oscal-ssp, document, and {@code --framework=ID} (catalogs, profiles), {@code --catalog=ID}
 * (profiles, optional), {@code --mapping-set=ID} (CSV mappings), {@code --provider=ID},
 * {@code --source=ID}, {@code --prefixes=ISO=iso27001-2013,...}, {@code --language=en}, {@code --sheet=NAME},
 * {@code --columns=...}, {@code --responsibilities=...}, {@code --framework=ID} and {@code --manifest=PATH}
 * (responsibility matrices, see {@code MatrixManifest}; a manifest named like the file with {@code .yaml}
 * lying beside it is read by default); {@code --source}, {@code --framework} and {@code --provider} (OSCAL plans); {@code --import=document --source=ID} imports a new
 * version of a bundled document. {@code --import=link-identical --from=ID --to=ID} links
 * clauses carrying the same identifier. Exit status 0 on success, 1 with one readable line on error.
 */
@Component
@Order(10)
class ImportCommand implements ApplicationRunner {

    private final Importers importers;
    private final ReferenceData referenceData;
    private final ConfigurableApplicationContext context;
    private final ObjectMapper json;

    ImportCommand(Importers importers, ReferenceData referenceData, ConfigurableApplicationContext context, ObjectMapper json) {
        this.importers = importers;
        this.referenceData = referenceData;
        this.context = context;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("import")) {
            int status = execute(args, System.out, System.err);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    int execute(ApplicationArguments args, PrintStream out, PrintStream err) {
        try {
            String kind = option(args, "import");
            out.println("import " + kind + ": starting");
            Object result = switch (kind) {
                case "link-identical" -> Map.of("links", referenceData.linkIdenticalRefs(option(args, "from"), option(args, "to"), 3));
                default -> importFile(kind, args, out);
            };
            out.println("import " + kind + ": done");
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        } catch (ImportRejectedException | IllegalArgumentException | IOException | InvalidParameterException | UnknownValueException e) {
            err.println("import failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("import interrupted");
            return 1;
        }
    }

    private ImportReport importFile(String kind, ApplicationArguments args, PrintStream out) throws IOException, InterruptedException {
        String location = option(args, "file");
        byte[] content = read(location, importers::requireWithinLimit);
        out.println("import " + kind + ": read " + content.length + " bytes from " + location + "; parsing, then writing in one transaction");
        var options = new HashMap<String, String>();
        for (String name : List.of("framework", "catalog", "mapping-set", "source", "provider", "prefixes", "language",
                "sheet", "columns", "responsibilities", "buildsOn")) {
            if (args.containsOption(name)) {
                options.put(name, option(args, name));
            }
        }
        byte[] manifest = null;
        if (args.containsOption("manifest")) {
            manifest = read(option(args, "manifest"), importers::requireWithinLimit);
        } else if (kind.equals("responsibility-matrix") && directoryOf(location) != null) {
            Path beside = Path.of(location.replaceFirst("\\.[A-Za-z]+$", "") + ".yaml");
            if (Files.isRegularFile(beside)) {
                out.println("import " + kind + ": manifest " + beside);
                manifest = Files.readAllBytes(beside);
            }
        }
        return importers.importFile(kind, new ImportRequest(location.substring(location.lastIndexOf('/') + 1), content, options,
                directoryOf(location), manifest, null));
    }

    /** A local path, or an http(s) URL. */
    static byte[] read(String location, BiConsumer<String, Long> limit) throws IOException, InterruptedException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(location)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalArgumentException(location + " answered HTTP " + response.statusCode());
            }
            return response.body();
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(location + ": no such file");
        }
        limit.accept(location, Files.size(path));
        return Files.readAllBytes(path);
    }

    private static Path directoryOf(String location) {
        return location.contains("://") ? null : Path.of(location).toAbsolutePath().getParent();
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return values.get(0);
    }
}
