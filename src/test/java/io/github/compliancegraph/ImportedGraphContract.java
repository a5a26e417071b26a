package io.github.compliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.matrix.MatrixStatement;
import io.github.compliancegraph.imports.matrix.ResponsibilityMatrixParser;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The graph the bundled documents must give, whatever Neo4j holds it: run against the embedded
 * database and, where Docker runs, against a Neo4j server in a container.
 */
public abstract class ImportedGraphContract {

    static final Path MATRIX = Path.of("data/sources/outscale-responsibility-matrix.fr.txt");
    static final Path PAGE = Path.of("data/sources/microsoft-mars-e-2.0-offering.fr.md");

    @Autowired
    protected Driver driver;

    protected List<Record> query(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list());
        }
    }

    protected long count(String cypher, Map<String, Object> parameters) {
        return query(cypher, parameters).get(0).get(0).asLong();
    }

    @Test
    void everyMatrixStatementIsOneControlOfItsParty() throws IOException {
        List<MatrixStatement> statements = new ResponsibilityMatrixParser().parse(Files.readString(MATRIX)).statements();
        assertThat(count("MATCH (c:Control {source: 'outscale-matrix'}) RETURN count(c)", Map.of())).isEqualTo(statements.size());
        assertThat(count("MATCH (c:Control {source: 'outscale-matrix'}) RETURN count(DISTINCT c.uid)", Map.of())).isEqualTo(statements.size());
        for (MatrixStatement s : statements) {
            String party = s.partyHeading().equals("Outscale") ? "outscale" : "client";
            assertThat(count("""
                    MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control {source: 'outscale-matrix', line: $line})-[:FROM_SOURCE]->(:Source {id: 'outscale-matrix'})
                    WHERE p.id = $party AND c.text = $text AND c.section = $section
                    RETURN count(*)""", Map.of("line", s.line(), "party", party, "text", s.text(), "section", String.valueOf(s.section()))))
                    .as("statement of line %d", s.line()).isEqualTo(1);
        }
        assertThat(count("MATCH (c:Control) WHERE count { (:Party)-[:RESPONSIBLE_FOR]->(c) } <> 1 RETURN count(c)", Map.of())).isZero();
        assertThat(count("MATCH (:Party {id: 'outscale'})-[:RESPONSIBLE_FOR]->(c) RETURN count(c)", Map.of())).isEqualTo(295);
        assertThat(count("MATCH (:Party {id: 'client'})-[:RESPONSIBLE_FOR]->(c) RETURN count(c)", Map.of())).isEqualTo(53);
    }

    @Test
    void isoNumberInBothPartsFollowsTheMatrixSection() {
        assertThat(query("""
                MATCH (c:Control {source: 'outscale-matrix', referenceCell: 'ISO – 6.1.3'})-[m:MAPS_TO]->(cl:Clause)
                RETURN c.section AS section, cl.uid AS clause, m.resolution AS resolution ORDER BY section""", Map.of()))
                .extracting(r -> r.get("section").asString() + " " + r.get("clause").asString() + " " + r.get("resolution").asString())
                .containsExactly("7 iso27001-2013:6.1.3 context", "9 iso27001-2013:A.6.1.3 context");
    }

    @Test
    void keyProtectionStatementMapsToSecNumCloud105c() {
        assertThat(query("""
                MATCH (c:Control {text: $text})-[m:MAPS_TO]->(cl:Clause)
                      -[:PART_OF]->(:Clause {uid: 'secnumcloud-3.2:10.5'})-[:PART_OF]->(:Clause {uid: 'secnumcloud-3.2:10'})
                      -[:PART_OF]->(:Framework {id: 'secnumcloud-3.2'})
                RETURN cl.uid AS clause, m.asWritten AS asWritten, m.resolution AS resolution, cl.inCatalog AS inCatalog,
                       cl.assessable AS assessable""",
                Map.of("text", "Outscale protège l'accès aux clés cryptographiques et autres secrets utilisés pour le chiffrement des données.")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("clause").asString()).isEqualTo("secnumcloud-3.2:10.5.c");
                    assertThat(r.get("asWritten").asString()).isEqualTo("SNC – 10.5 c)");
                    // the shipped SecNumCloud catalog holds it: a requirement, found as written
                    assertThat(r.get("resolution").asString()).isEqualTo("exact");
                    assertThat(r.get("inCatalog").asBoolean()).isTrue();
                    assertThat(r.get("assessable").asBoolean()).isTrue();
                });
    }

    @Test
    void twoFactorRecommendationMapsToSecNumCloudItself() {
        assertThat(query("""
                MATCH (:Party {id: 'client'})-[:RESPONSIBLE_FOR]->(c:Control)-[m:MAPS_TO]->(target)
                WHERE c.text CONTAINS 'double facteur'
                RETURN labels(target) AS labels, coalesce(target.uid, target.id) AS id, m.resolution AS resolution""", Map.of()))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("labels").asList()).containsExactly("Framework");
                    assertThat(r.get("id").asString()).isEqualTo("secnumcloud-3.2");
                    assertThat(r.get("resolution").asString()).isEqualTo("framework");
                });
    }

    @Test
    void referencesMatchingNothingAreKeptOutsideTheCatalog() {
        assertThat(query("MATCH (cl:Clause {inCatalog: false, framework: 'iso27001-2013'}) RETURN cl.uid AS uid ORDER BY uid", Map.of()))
                .extracting(r -> r.get("uid").asString())
                .containsExactly("iso27001-2013:6.1.f", "iso27001-2013:A.12.2.4", "iso27001-2013:A.15.1.13");
        assertThat(count("MATCH (cl:Clause {framework: 'iso27001-2013', inCatalog: true}) RETURN count(cl)", Map.of()))
                .as("clauses 4-10, the 14 Annex A domains, 35 objectives and 114 controls").isEqualTo(35 + 14 + 35 + 114);
        // SecNumCloud numbers the matrix cites that 3.2 lacks: chapter 3 holds no requirement, 18.2 only sub-chapters, 18 ends at 18.4
        assertThat(query("""
                MATCH (:Control)-[m:MAPS_TO]->(cl:Clause {inCatalog: false, framework: 'secnumcloud-3.2'})
                RETURN DISTINCT cl.uid AS uid, m.resolution AS resolution ORDER BY uid""", Map.of()))
                .extracting(r -> r.get("uid").asString().substring("secnumcloud-3.2:".length()) + " " + r.get("resolution").asString())
                .containsExactly("17.3.b not-in-catalog", "18.2.a not-in-catalog", "18.2.b not-in-catalog",
                        "18.5.a not-in-catalog", "18.5.b not-in-catalog", "3.2.b not-in-catalog", "8.5.b not-in-catalog");
        assertThat(count("MATCH (cl:Clause {framework: 'secnumcloud-3.2', inCatalog: true}) RETURN count(cl)", Map.of()))
                .as("chapters 5-19, 100 sub-chapters and 278 requirements").isEqualTo(15 + 100 + 278);
    }

    @Test
    void everyClauseClimbsToItsFramework() {
        assertThat(count("""
                MATCH (cl:Clause)
                WHERE NOT EXISTS { (cl)-[:PART_OF*1..8]->(:Framework {id: cl.framework}) }
                RETURN count(cl)""", Map.of())).isZero();
        assertThat(count("MATCH (cl:Clause) WHERE count { (cl)-[:PART_OF]->() } <> 1 RETURN count(cl)", Map.of()))
                .as("every clause has exactly one parent").isZero();
    }

    @Test
    void clausesAndTheirMappingsCarryWhatTraversalsReadOfThem() {
        assertThat(count("MATCH (cl:Clause) WHERE cl.sortKey IS NULL OR cl.chapterUid IS NULL RETURN count(cl)", Map.of())).isZero();
        assertThat(query("MATCH (cl:Clause {uid: 'secnumcloud-3.2:10.5.c'}) RETURN cl.sortKey AS key, cl.chapterUid AS chapter", Map.of()))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("key").asString()).isEqualTo("00010.00005.c.");
                    assertThat(r.get("chapter").asString()).isEqualTo("secnumcloud-3.2:10");
                });
        assertThat(count("MATCH (:Clause)-[m:MAPS_TO]->(:Clause) WHERE m.reverseRelationship IS NULL RETURN count(m)", Map.of()))
                .as("every clause mapping read from both ends").isZero();
        assertThat(count("""
                MATCH (:Clause)-[m:MAPS_TO {source: 'profile'}]->(:Clause)
                WHERE m.reverseRelationship <> 'equal' OR m.forwardConfidence <> 1.0 OR m.reverseConfidence <> 1.0
                RETURN count(m)""", Map.of())).as("a baseline selects its catalog clauses as equal").isZero();
    }

    @Test
    void sourcesCarryTheirProvenanceAndDigest() throws IOException, NoSuchAlgorithmException {
        var digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(MATRIX)));
        assertThat(query("MATCH (s:Source {id: 'outscale-matrix'}) RETURN s", Map.of())).singleElement().satisfies(r -> {
            var s = r.get("s").asNode();
            assertThat(s.get("sha256").asString()).isEqualTo(digest);
            assertThat(s.get("language").asString()).isEqualTo("fr");
            assertThat(s.get("title").asString()).isEqualTo("Matrice des responsabilités");
        });
        assertThat(query("MATCH (s:Source {id: 'microsoft-mars-e'}) RETURN s.date AS date", Map.of()))
                .singleElement().satisfies(r -> assertThat(r.get("date").asString()).isEqualTo("2019-11-04"));
    }

    @Test
    void bundledCatalogsCarryTheirProvenanceAndSelectTheirControls() throws IOException, NoSuchAlgorithmException {
        var digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of("data/catalogs/NIST_SP-800-53_rev4_catalog-min.json"))));
        assertThat(query("MATCH (s:Source {id: 'nist-sp800-53-r4-catalog'}) RETURN s", Map.of())).singleElement().satisfies(r -> {
            var s = r.get("s").asNode();
            assertThat(s.get("sha256").asString()).isEqualTo(digest);
            assertThat(s.get("provenance").asString()).contains("https://github.com/usnistgov/oscal-content", "88bb8deeaa81", "CC0");
        });
        for (var baseline : Map.of("fedramp-low-r4", 125L, "fedramp-moderate-r4", 325L, "fedramp-high-r4", 421L).entrySet()) {
            assertThat(count("""
                    MATCH (:Framework {id: $profile})-[:PROFILE_OF]->(:Framework {id: 'nist-sp800-53-r4'})
                    MATCH (cl:Clause {framework: $profile, assessable: true})-[:MAPS_TO {source: 'profile'}]->(:Clause {framework: 'nist-sp800-53-r4'})
                    RETURN count(DISTINCT cl)
                    """, Map.of("profile", baseline.getKey()))).as(baseline.getKey()).isEqualTo(baseline.getValue());
        }
    }

    @Test
    void marsEPageRelatesFrameworksServicesAndParties() {
        assertThat(count("MATCH (:Framework {id: 'mars-e-2.0'})-[:DERIVED_FROM]->(:Framework {id: 'nist-sp800-53-r4'}) RETURN count(*)", Map.of())).isEqualTo(1);
        assertThat(query("""
                MATCH (:Party {id: 'microsoft'})-[:OFFERS]->(s:Service)-[:IN_SCOPE_OF]->(:Framework {id: 'mars-e-2.0'})
                OPTIONAL MATCH (s)-[:AUDITED_AGAINST]->(f:Framework)-[:EVIDENCE_FOR]->(:Framework {id: 'mars-e-2.0'})
                RETURN s.id + '>' + coalesce(f.id, '-') AS audit ORDER BY audit""", Map.of()))
                .extracting(r -> r.get("audit").asString())
                .containsExactly("azure-government>fedramp-high-r4", "azure>fedramp-moderate-r4", "intune>-");
        assertThat(count("MATCH (:Framework {id: 'mars-e-2.0'})-[:APPLIES_TO]->(p:Party {role: 'regulated-entity'}) RETURN count(p)", Map.of())).isEqualTo(6);
        assertThat(count("MATCH (:Party {id: 'microsoft'})-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(:Framework {id: 'mars-e-2.0'}) RETURN count(c)", Map.of())).isEqualTo(4);
        assertThat(count("MATCH (:Party {id: 'microsoft-customer', role: 'customer'})-[:RESPONSIBLE_FOR]->(c:Control) RETURN count(c)", Map.of())).isEqualTo(1);
    }

    @Test
    void schemaIsInPlace() {
        assertThat(query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of())).extracting(r -> r.get("name").asString())
                .contains("framework_id", "clause_uid", "control_uid", "party_id", "source_id");
        assertThat(query("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options", Map.of()))
                .filteredOn(r -> r.get("name").asString().equals("control_text")).singleElement()
                .satisfies(r -> assertThat(r.get("options").asMap().toString()).contains("fulltext.analyzer=french"));
        Map<String, String> analyzers = Map.of("control_folded", "french", "clause_folded_fr", "french", "clause_folded_en", "english");
        analyzers.forEach((index, analyzer) -> assertThat(query("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options",
                Map.of("name", index))).as(index).singleElement()
                .satisfies(r -> assertThat(r.get("options").asMap().toString()).contains("fulltext.analyzer=" + analyzer)));
    }

    @Test
    void statementsAndRequirementsHaveTheFoldedCopiesTheSearchIndexes() {
        assertThat(count("MATCH (c:Control) WHERE c.foldedText IS NULL RETURN count(c)", Map.of())).isZero();
        assertThat(query("MATCH (c:Control {source: 'outscale-matrix'}) WHERE c.text CONTAINS 'clés' RETURN c.foldedText AS folded LIMIT 1", Map.of()))
                .singleElement().satisfies(r -> assertThat(r.get("folded").asString()).contains("cles").doesNotContain("é"));
        // a baseline's clauses repeat the catalog clause they select: the search finds that one, once
        assertThat(count("""
                MATCH (c:Clause) WHERE (c.title IS NOT NULL OR c.text IS NOT NULL) AND c.foldedFr IS NULL AND c.foldedEn IS NULL
                  AND NOT EXISTS { (:Framework {id: c.framework})-[:PROFILE_OF]->() }
                RETURN count(c)""", Map.of())).isZero();
        assertThat(count("""
                MATCH (:Framework {id: 'fedramp-moderate-r4'})-[:PROFILE_OF]->()
                MATCH (c:Clause {framework: 'fedramp-moderate-r4'}) WHERE c.foldedFr IS NOT NULL OR c.foldedEn IS NOT NULL
                RETURN count(c)""", Map.of())).isZero();
        assertThat(count("MATCH (:Framework {id: 'fedramp-moderate-r4'})-[:PROFILE_OF]->(:Framework {id: 'nist-sp800-53-r4'}) RETURN count(*)",
                Map.of())).isOne();
        // the shipped SecNumCloud structure is this project's English paraphrase; the NIST catalog is English
        assertThat(query("MATCH (c:Clause) WHERE c.uid IN ['secnumcloud-3.2:10.5', 'nist-sp800-53-r4:SC-12'] RETURN c.foldedEn AS en ORDER BY c.uid",
                Map.of())).extracting(r -> r.get("en").asString())
                .containsExactly("sc-12 cryptographic key establishment and management", "10.5 protecting keys and other secrets");
    }
}
