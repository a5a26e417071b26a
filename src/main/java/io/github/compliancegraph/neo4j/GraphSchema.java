package io.github.compliancegraph.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema in {@code cypher/schema} at startup with neo4j-migrations, before
 * anything reads or writes. Each version runs once per database; already applied versions are
 * skipped, so restarts are idempotent.
 */
@Component
public class GraphSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    static final String LOCATION = "classpath:cypher/schema";

    private final Migrations migrations;

    GraphSchema(Driver driver) {
        this.migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withInstalledBy("compliance-graph")
                .build(), driver);
    }

    @Override
    public void afterPropertiesSet() {
        migrations.apply().ifPresent(version -> log.info("Graph schema at version {}", version.getValue()));
    }
}
