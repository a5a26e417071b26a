package io.github.compliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema in {@code cypher/schema} at startup with neo4j-migrations, before
 * anything reads or writes, with the migrations written in Java (Spring beans, such as
 * {@code search.FoldedTextMigration}) in their place in the version order. Each version runs once per
 * database; already applied versions are skipped, so restarts are idempotent.
 */
@Component
public class GraphSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    static final String LOCATION = "classpath:cypher/schema";

    private final Migrations migrations;

    GraphSchema(Driver driver, ObjectProvider<JavaBasedMigration> javaMigrations) {
        List<JavaBasedMigration> inJava = javaMigrations.orderedStream().toList();
        this.migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withInstalledBy("compliance-graph")
                .withResourceScanner(GraphSchema::schemaFiles)
                // handed over as beans rather than found by scanning packages, which would create them without their dependencies
                .withMigrationClassesDiscoverer(context -> inJava)
                .build(), driver);
    }

    /**
     * Lists the schema files with Spring's resolver, which reads only the folder holding them; the
     * library's default scanner walks every jar on the class path, a second or two of each start.
     */
    private static List<URL> schemaFiles(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
        var files = new ArrayList<URL>();
        try {
            for (String location : locations) {
                for (Resource resource : resolver.getResources("classpath:" + location.replaceFirst("^classpath:/?", "") + "/*.cypher")) {
                    files.add(resource.getURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the schema files in " + locations, e);
        }
        return files;
    }

    @Override
    public void afterPropertiesSet() {
        migrations.apply().ifPresent(version -> log.info("Graph schema at version {}", version.getValue()));
    }
}
