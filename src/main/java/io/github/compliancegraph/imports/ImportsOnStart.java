package io.github.compliancegraph.imports;

import io.github.compliancegraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled documents at startup, by {@code compliance.imports.on-start}: {@code if-empty}
 * (the default: only when no document was imported yet), {@code always}, or {@code never}.
 */
@Component
class ImportsOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportsOnStart.class);

    private final ImportService imports;
    private final Driver driver;
    private final CypherFiles cypher;
    private final String policy;

    ImportsOnStart(ImportService imports, Driver driver, CypherFiles cypher, @Value("${compliance.imports.on-start:if-empty}") String policy) {
        this.imports = imports;
        this.driver = driver;
        this.cypher = cypher;
        this.policy = policy;
    }

    @Override
    public void run(ApplicationArguments args) {
        switch (policy) {
            case "never" -> log.info("compliance.imports.on-start=never: leaving the database as it is");
            case "always" -> imports.importBundled();
            case "if-empty" -> {
                if (hasSources()) {
                    log.info("Database already holds imported documents; not importing the bundled ones again");
                } else {
                    imports.importBundled();
                }
            }
            default -> throw new IllegalArgumentException(
                    "compliance.imports.on-start must be if-empty, always or never, not '" + policy + "'");
        }
    }

    private boolean hasSources() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("import/sources-exist")).single().get("any").asBoolean());
        }
    }
}
