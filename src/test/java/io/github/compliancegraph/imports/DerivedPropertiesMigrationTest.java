package io.github.compliancegraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import io.github.compliancegraph.IsolatedGraph;
import io.github.compliancegraph.neo4j.CypherFiles;
import io.github.compliancegraph.traversal.RecordedAnswersTest;
import io.github.compliancegraph.traversal.Traversal;
import io.github.compliancegraph.traversal.TraversalCatalog;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Schema migration 0010 on a database written before it: its clauses without sort key and chapter,
 * its clause mappings without their readings from both ends. The migration writes what the importers
 * wrote, and every traversal's {@code :param} example then answers, byte for byte, as it did before.
 * In the graph of the recorded answers (the bundled documents), which it leaves as it found it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@IsolatedGraph("recorded-answers")
@ActiveProfiles("test")
class DerivedPropertiesMigrationTest {

    /** What the importers write with clauses and clause mappings, one line per clause or mapping. */
    private static final String WRITTEN = """
            CALL () {
              MATCH (cl:Clause)
              RETURN cl.uid + ' ' + coalesce(cl.sortKey, '-') + ' ' + coalesce(cl.chapterUid, '-') AS line
              UNION ALL
              MATCH (a:Clause)-[m:MAPS_TO]->(b:Clause)
              RETURN a.uid + ' ' + b.uid + ' ' + coalesce(m.source, 'mapping') + ' ' + coalesce(m.reverseRelationship, '-') + ' '
                     + coalesce(toString(m.forwardConfidence), '-') + ' ' + coalesce(toString(m.reverseConfidence), '-') AS line
            }
            RETURN line ORDER BY line""";
    private static final String WRITTEN_BEFORE_0010 = """
            CALL () {
              MATCH (cl:Clause)
              REMOVE cl.sortKey, cl.chapterUid
            }
            CALL () {
              MATCH (:Clause)-[m:MAPS_TO]->(:Clause)
              REMOVE m.reverseRelationship, m.forwardConfidence, m.reverseConfidence
            }""";

    @Autowired
    Driver driver;
    @Autowired
    CypherFiles cypher;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TraversalCatalog catalog;
    @Autowired
    DerivedPropertiesMigration migration;

    @Test
    void anOlderDatabaseGetsWhatTheImportersWriteAndAnswersAsBefore() {
        List<String> imported = written();
        assertThat(imported).contains("secnumcloud-3.2:10.5.c 00010.00005.c. secnumcloud-3.2:10")
                .anyMatch(line -> line.endsWith(" profile equal 1.0 1.0"))
                .anyMatch(line -> line.endsWith(" co-citation intersects-with 0.5 0.5"));
        Map<String, String> answers = answers();

        writeAsByHand(WRITTEN_BEFORE_0010);
        assertThat(written()).allMatch(line -> line.contains(" - "));
        assertThat(answers().get("coverage")).as("no chapters, nothing mapped").isNotEqualTo(answers.get("coverage"));

        migration.apply(MigrationContext.of(MigrationsConfig.defaultConfig(), driver));

        assertThat(written()).isEqualTo(imported);
        assertThat(answers()).isEqualTo(answers);
    }

    private List<String> written() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(WRITTEN).list(r -> r.get("line").asString()));
        }
    }

    /** The API's answer to every traversal's {@code :param} example, by traversal. */
    private Map<String, String> answers() {
        var answers = new LinkedHashMap<String, String>();
        for (Traversal traversal : catalog.all()) {
            answers.put(traversal.name(), RecordedAnswersTest.answer(http, traversal));
        }
        return answers;
    }

    /** Writes as a user would in Neo4j Browser, then marks the graph changed so that the mapping snapshot of coverage reads it again. */
    private void writeAsByHand(String statement) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(statement).consume();
                tx.run(cypher.get("import/graph-version-bump")).consume();
            });
        }
    }
}
