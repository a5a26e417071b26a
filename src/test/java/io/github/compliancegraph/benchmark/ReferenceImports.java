package io.github.compliancegraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compliancegraph.imports.BundledSources;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.system.SystemDeclaration;
import io.github.compliancegraph.system.Systems;

/**
 * The 1× graph, imported by the app's own services: the bundled documents, then the public
 * reference catalogs, profiles and mapping sets read from the shared folder (never copied).
 */
public final class ReferenceImports {

    static final String NIST_R4_CATALOG = "oscal/nist-sp800-53-r4/NIST_SP-800-53_rev4_catalog-min.json";
    private static final List<String> CISO_ASSISTANT = List.of("secnumcloud-3.2.yaml", "iso27001-2013.yaml", "iso27001-2022.yaml",
            "hds-v2.yaml", "nist-sp-800-53-rev5.yaml", "mapping-secnumcloud-3.2-to-iso27001-2022.yaml",
            "mapping-iso27001-2013-to-iso27001-2022.yaml", "mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml");

    private final ImportService imports;
    private final Importers catalogs;
    private final BundledSources bundled;
    private final Path reference;

    public ReferenceImports(ImportService imports, Importers catalogs, BundledSources bundled, Path reference) {
        this.imports = imports;
        this.catalogs = catalogs;
        this.bundled = bundled;
        this.reference = reference;
        if (!Files.isDirectory(reference)) {
            throw new IllegalStateException("reference data not found at " + reference.toAbsolutePath()
                    + "; pass -Dshared.dir=<folder holding reference/>");
        }
    }

    void bundledDocuments() {
        imports.importBundled();
    }

    /** The NIST SP 800-53 rev 4 catalog; returns how many clauses it holds. */
    public long nistRev4Catalog() {
        var report = catalogs.importFile("oscal-catalog", "NIST_SP-800-53_rev4_catalog-min.json", read(NIST_R4_CATALOG),
                Map.of("framework", "nist-sp800-53-r4"));
        return ((Number) report.counts().get("clauses")).longValue();
    }

    /** The baseline profiles of NIST and FedRAMP, then the CISO Assistant libraries and mapping sets. */
    public void profilesLibrariesAndMappings() {
        for (String level : List.of("LOW", "MODERATE", "HIGH")) {
            catalogs.importFile("oscal-profile", level, read("oscal/nist-sp800-53-r4/NIST_SP-800-53_rev4_" + level + "-baseline_profile.json"),
                    Map.of("framework", "nist-sp800-53-r4-" + level.toLowerCase()));
            catalogs.importFile("oscal-profile", level, read("oscal/fedramp-r4/FedRAMP_rev4_" + level + "-baseline_profile.json"),
                    Map.of("framework", "fedramp-" + level.toLowerCase() + "-r4"));
        }
        CISO_ASSISTANT.forEach(library -> catalogs.importFile("ciso-assistant", library, read("ciso-assistant/" + library), Map.of()));
    }

    /**
     * The example chain of data/examples, which the examples of the system traversals name: the platform that
     * builds on Outscale, and the application declared on it.
     */
    void exampleChain(Systems systems) throws IOException {
        Path examples = Path.of("data/examples");
        catalogs.importFile("responsibility-matrix", new ImportRequest("cumulus-responsibility-matrix.csv",
                Files.readAllBytes(examples.resolve("cumulus-responsibility-matrix.csv")), Map.of(), null,
                Files.readAllBytes(examples.resolve("cumulus-responsibility-matrix.yaml")), null));
        systems.declare(new ObjectMapper().readValue(examples.resolve("health-records-app.system.json").toFile(), SystemDeclaration.class));
    }

    /** The Outscale matrix again (it replaces its earlier import); returns its number of statements. */
    long matrix() {
        SourceManifest manifest = bundled.manifests().stream()
                .filter(m -> m.kind().equals(SourceManifest.RESPONSIBILITY_MATRIX)).findFirst().orElseThrow();
        return imports.importDocument(manifest, bundled.content(manifest)).controls();
    }

    private byte[] read(String path) {
        try {
            return Files.readAllBytes(reference.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
