package io.github.compliancegraph.imports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ResponsibilityMatrixParserTest {

    static final Path MATRIX = Path.of("data/sources/outscale-responsibility-matrix.fr.txt");

    private final ResponsibilityMatrixParser parser = new ResponsibilityMatrixParser();

    static String realMatrix() throws IOException {
        return Files.readString(MATRIX, StandardCharsets.UTF_8);
    }

    private MatrixStatement at(ParsedMatrix matrix, int line) {
        return matrix.statements().stream().filter(s -> s.line() == line).findFirst().orElseThrow();
    }

    @Test
    void everyStatementOfTheRealMatrixOnce() throws IOException {
        ParsedMatrix matrix = parser.parse(realMatrix());
        // 396 two-cell lines, less 40 header rows, 2 table rules and 6 halves of rows cut by page breaks
        assertThat(matrix.statements()).hasSize(348);
        Map<String, Long> byParty = matrix.statements().stream()
                .collect(Collectors.groupingBy(MatrixStatement::partyHeading, Collectors.counting()));
        assertThat(byParty).containsEntry("Outscale", 295L).containsEntry("Client", 53L);
        assertThat(matrix.statements().stream().map(s -> s.section() + "/" + s.partyHeading()).distinct())
                .as("sections 2 to 21 each have an Outscale and a Client block").hasSize(40);
        assertThat(matrix.statements()).allSatisfy(s -> {
            assertThat(s.text()).doesNotContain("<", ">").isNotBlank();
            assertThat(s.referenceCell()).isNotBlank();
        });
    }

    @Test
    void sectionsAndBlocksGiveSectionAndParty() throws IOException {
        MatrixStatement keys = at(parser.parse(realMatrix()), 313);
        assertThat(keys.section()).isEqualTo(13);
        assertThat(keys.sectionTitle()).isEqualTo("Cryptographie");
        assertThat(keys.partyHeading()).isEqualTo("Outscale");
        assertThat(keys.text()).isEqualTo("Outscale protège l'accès aux clés cryptographiques et autres secrets utilisés pour le chiffrement des données.");
        assertThat(keys.referenceCell()).isEqualTo("SNC – 10.5 c)");
        assertThat(at(parser.parse(realMatrix()), 335).partyHeading()).isEqualTo("Client");
    }

    @Test
    void rowsCutByPageBreaksAreJoinedBack() throws IOException {
        ParsedMatrix matrix = parser.parse(realMatrix());
        assertThat(at(matrix, 77).text()).contains("sur les Machines Virtuelles / Stockage Objet Outscale, il revient au Client");
        assertThat(at(matrix, 117).text()).contains("notamment par le biais de partage d'OMI").doesNotContain("par le\n");
        assertThat(at(matrix, 504).text()).endsWith("les mesures techniques et organisationnelles prévues pour répondre aux objectifs de sécurité et de protection des données à caractère personnel.");
        assertThat(at(matrix, 560).referenceCell()).isEqualTo("HDS – 4.3.3.1 SNC – 17.1 a)");
        assertThat(matrix.notes()).extracting(ParseNote::line).contains(79, 119, 169, 428, 506, 562);
    }

    @Test
    void listMarkupBecomesReadableLines() throws IOException {
        MatrixStatement support = at(parser.parse(realMatrix()), 65);
        assertThat(support.text()).isEqualTo("""
                Outscale met à disposition du Client son Service de support au Client via les canaux suivants :
                - Interface Web de support d'Outscale
                - Email
                - Téléphone""");
        MatrixStatement continued = at(parser.parse(realMatrix()), 167);
        assertThat(continued.text()).contains("\n- La continuité d'activité ;\n- La conformité relative à la fourniture du Service");
    }

    @Test
    void headerRowsAndTableRulesAreNotStatements() throws IOException {
        assertThat(parser.parse(realMatrix()).statements()).noneSatisfy(s ->
                assertThat(s.text()).matches("(?i)description|r[ée]f[ée]rentiels?|-+"));
    }

    @Test
    void crlfAndByteOrderMarkReadTheSame() throws IOException {
        String original = realMatrix();
        ParsedMatrix expected = parser.parse(original);
        assertThat(parser.parse("\uFEFF" + original.replace("\n", "\r\n")).statements())
                .isEqualTo(expected.statements());
    }

    @Test
    void documentWithoutBlocksHasNoStatement() {
        ParsedMatrix matrix = parser.parse("1. Introduction\n\nSome prose\twith a tab\n\n2. Outillage\n\nDescription\tRéférentiel\nText\t-\n");
        assertThat(matrix.statements()).isEmpty();
        assertThat(matrix.notes()).as("rows outside any block").extracting(ParseNote::line).containsExactly(3, 7, 8);
    }

    @Test
    void continuationWithoutAPreviousRowStandsAlone() {
        ParsedMatrix matrix = parser.parse("3. Test\n● Responsabilité du Client\nDescription\tRéférentiel\nOrphan text\t\n\tSNC – 1.1\n");
        assertThat(matrix.statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Orphan text");
            assertThat(s.referenceCell()).isEqualTo("SNC – 1.1");
        });
    }
}
