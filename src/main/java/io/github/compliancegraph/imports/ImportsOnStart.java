package io.github.compliancegraph.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled documents, then the bundled catalogs, at startup, by
 * {@code compliance.imports.on-start}: {@code if-empty} (the default: whichever of them the database
 * does not hold yet, so a database from an earlier version gains the catalogs), {@code always}, or
 * {@code never}. The app is ready (readiness UP, requests answered) only once this is done.
 */
@Component
class ImportsOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportsOnStart.class);

    private final ImportService imports;
    private final Importers importers;
    private final BundledSources bundled;
    private final Driver driver;
    private final CypherFiles cypher;
    private final ImportSettings.OnStart onStart;

    ImportsOnStart(ImportService imports, Importers importers, BundledSources bundled, Driver driver, CypherFiles cypher,
            ImportSettings settings) {
        this.imports = imports;
        this.importers = importers;
        this.bundled = bundled;
        this.driver = driver;
        this.cypher = cypher;
        this.onStart = settings.onStart();
    }

    @Override
    public void run(ApplicationArguments args) {
        switch (onStart) {
            case NEVER -> log.info("compliance.imports.on-start=never: leaving the database as it is");
            case ALWAYS -> importBundled(Set.of());
            case IF_EMPTY -> importBundled(present());
        }
    }

    /** The bundled documents and catalogs whose sources are not among {@code present}. */
    private void importBundled(Set<String> present) {
        if (bundled.manifests().stream().anyMatch(m -> !present.contains(m.id()))) {
            imports.importBundled();
        } else {
            // a database from an earlier version gains the catalogs shipped since
            imports.writeShippedReferenceData();
        }
        for (BundledCatalog catalog : bundled.catalogs()) {
            if (!present.contains(catalog.sourceId())) {
                importers.importFile(catalog.kind(), catalog.request(bundled.content(catalog)));
            }
        }
        if (!present.isEmpty()) {
            log.info("Bundled sources already in the database, not imported again: {}", present);
        }
    }

    private Set<String> present() {
        List<String> ids = Stream.concat(bundled.manifests().stream().map(SourceManifest::id),
                bundled.catalogs().stream().map(BundledCatalog::sourceId)).toList();
        try (var session = driver.session()) {
            return Set.copyOf(session.executeRead(tx -> tx.run(cypher.get("import/sources-present"), Map.of("ids", ids))
                    .list(r -> r.get("id").asString())));
        }
    }
}
