package io.github.compliancegraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.compliancegraph.mapping.Notation.LetteredItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCellParserTest {

    static final String ISO = "iso27001-2013";
    static final String SNC = "secnumcloud-3.2";
    static final String HDS = "hds";
    static final String NIST = "nist-sp800-53-r4";

    private final ReferenceCellParser parser = new ReferenceCellParser(List.of(
            new Notation("ISO", ISO, LetteredItems.QUALIFIER),
            new Notation("SNC", SNC, LetteredItems.CLAUSE),
            new Notation("HDS", HDS, LetteredItems.QUALIFIER)));

    /** framework:ref, or framework alone for a framework-level reference. */
    private List<String> targets(String cell) {
        return parser.parse(cell).references().stream()
                .map(r -> r.frameworkLevel() ? r.framework() : r.framework() + ":" + r.ref())
                .toList();
    }

    @Test
    void nistIdentifiersWithEnhancementsAndSeveralPrefixesForOneFramework() {
        String nist = "nist-sp800-53-r4";
        var withNist = new ReferenceCellParser(List.of(new Notation("ISO", ISO, LetteredItems.QUALIFIER),
                new Notation("NIST", nist, LetteredItems.QUALIFIER), new Notation("NIST SP 800-53", nist, LetteredItems.QUALIFIER),
                new Notation("800-53", nist, LetteredItems.QUALIFIER)));
        assertThat(withNist.parse("ISO A.9.2.1; NIST AC-2, AC-2 (1) and IA-5(1)").references())
                .extracting(r -> r.framework() + ":" + r.ref())
                .containsExactly(ISO + ":A.9.2.1", nist + ":AC-2", nist + ":AC-2(1)", nist + ":IA-5(1)");
        var cell = withNist.parse("NIST SP 800-53 SC-13 / 800-53 – SC-12");
        assertThat(cell.problems()).isEmpty();
        assertThat(cell.references()).extracting(CitedReference::ref).containsExactly("SC-13", "SC-12");
        assertThat(cell.references()).extracting(CitedReference::asWritten).containsExactly("NIST SP 800-53 SC-13", "800-53 – SC-12");
    }

    /** A FedRAMP workbook's "Control ID" column: ids without any "NIST" before them. */
    private final ReferenceCellParser unprefixed = new ReferenceCellParser(List.of(),
            new Notation("NIST", NIST, LetteredItems.QUALIFIER));

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "AC-02 => AC-2 =>",
            "IA-05 (04) => IA-5(4) =>",
            "AC-2 (1) => AC-2(1) =>",
            "AC-2(1) => AC-2(1) =>",
            "AC-02 (a) => AC-2 => a",
            "AC-2(a) => AC-2 => a",
            "AC-2a => AC-2 => a",
            "AC-2.a => AC-2 => a",
            "AC-2 a) => AC-2 => a",
            "AC-2 (1)(a) => AC-2(1) => a",
            "AC-02 (01) (b) => AC-2(1) => b",
            "ac-2.1 => AC-2(1) =>",
            "ac-2 => AC-2 =>",
            "si-16 => SI-16 =>",
            "SC-7: BOUNDARY PROTECTION => SC-7 =>",
            "AC-2 (1): ACCOUNT MANAGEMENT | AUTOMATED SYSTEM ACCOUNT MANAGEMENT => AC-2(1) =>",
            "IA-2: IDENTIFICATION AND AUTHENTICATION (ORGANIZATIONAL USERS) => IA-2 =>",
            "SC-24: FAIL IN KNOWN STATE => SC-24 =>",
            "CM-8: INFORMATION SYSTEM COMPONENT INVENTORY, UPDATES & REMOVALS => CM-8 =>",
            "AC-05 (a): SEPARATION OF DUTIES => AC-5 => a",
            "AC: ACCESS CONTROL => AC =>",
            "AC => AC =>"})
    void nistIdentifierAsPublishedInAnUnprefixedCell(String cell, String ref, String qualifier) {
        var parsed = unprefixed.parse(cell);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.references()).singleElement().satisfies(r -> {
            assertThat(r.framework()).isEqualTo(NIST);
            assertThat(r.ref()).isEqualTo(ref);
            assertThat(r.qualifier()).isEqualTo(qualifier);
            assertThat(r.asWritten()).isEqualTo(cell);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "NIST AC-2 (1) => AC-2(1) =>",
            "NIST AC-02 (a) => AC-2 => a",
            "NIST IA-05 (04) => IA-5(4) =>",
            "NIST AC-2 (1)(a) => AC-2(1) => a",
            "NIST SC-7: BOUNDARY PROTECTION => SC-7 =>",
            "NIST ac-2.1 => AC-2(1) =>",
            "NIST AC => AC =>",
            "NIST – AC: ACCESS CONTROL => AC =>"})
    void nistIdentifierAsPublishedAfterThePrefix(String cell, String ref, String qualifier) {
        var parsed = withNist().parse(cell);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.references()).singleElement().satisfies(r -> {
            assertThat(r.framework()).isEqualTo(NIST);
            assertThat(r.ref()).isEqualTo(ref);
            assertThat(r.qualifier()).isEqualTo(qualifier);
            assertThat(r.asWritten()).isEqualTo(cell);
        });
    }

    private static ReferenceCellParser withNist() {
        return new ReferenceCellParser(List.of(new Notation("ISO", ISO, LetteredItems.QUALIFIER),
                new Notation("SNC", SNC, LetteredItems.CLAUSE), new Notation("NIST", NIST, LetteredItems.QUALIFIER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SC-7: BOUNDARY PROTECTION\nAC-4: INFORMATION FLOW ENFORCEMENT",
            // the table reader joins a cell's lines with a space before the parser sees it
            "SC-7: BOUNDARY PROTECTION AC-4: INFORMATION FLOW ENFORCEMENT",
            "SC-7, AC-4", "SC-7; AC-4", "SC-07 AC-04", "SC-7 and AC-4", "sc-7\nac-4", "SC-7,\r\nAC-4"})
    void severalIdentifiersInOneCell(String cell) {
        var parsed = unprefixed.parse(cell);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.references()).extracting(CitedReference::ref).containsExactly("SC-7", "AC-4");
        assertThat(parsed.references()).allSatisfy(r -> {
            assertThat(r.framework()).isEqualTo(NIST);
            assertThat(r.qualifier()).isNull();
            assertThat(r.asWritten()).as("the part of the cell read in the notation: all of it").isEqualTo(cell);
        });
    }

    @Test
    void familyCitesTheFamilyNeverItsFirstControl() {
        assertThat(unprefixed.parse("AC: ACCESS CONTROL AC-1: ACCESS CONTROL POLICY AND PROCEDURES").references())
                .extracting(CitedReference::ref).containsExactly("AC", "AC-1");
        assertThat(unprefixed.parse("AC: ACCESS CONTROL\nAU: AUDIT AND ACCOUNTABILITY").references())
                .extracting(CitedReference::ref).containsExactly("AC", "AU");
        assertThat(unprefixed.parse("AC, AU").references()).extracting(CitedReference::ref).containsExactly("AC", "AU");
    }

    @Test
    void aPartLetterIsNeverAClauseEvenWhereLettersNameClauses() {
        var lettersAsClauses = new ReferenceCellParser(List.of(), new Notation("NIST", NIST, LetteredItems.CLAUSE));
        for (String cell : List.of("AC-2 a)", "AC-2 (a)", "AC-2a", "AC-2 a")) {
            assertThat(lettersAsClauses.parse(cell).references()).as(cell).singleElement().satisfies(r -> {
                assertThat(r.ref()).isEqualTo("AC-2");
                assertThat(r.qualifier()).isEqualTo("a");
            });
        }
    }

    @Test
    void nistBesideOtherFrameworksInOneCell() {
        var parsed = withNist().parse("ISO – A9.2.1 NIST SC-7: BOUNDARY PROTECTION SNC – 9.2 a)");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.references()).extracting(r -> r.framework() + ":" + r.ref() + ":" + r.qualifier() + ":" + r.asWritten())
                .containsExactly(ISO + ":A.9.2.1:null:ISO – A9.2.1", NIST + ":SC-7:null:NIST SC-7: BOUNDARY PROTECTION",
                        SNC + ":9.2.a:null:SNC – 9.2 a)");
    }

    @Test
    void familiesAndOscalIdsAreReadInNistNotationsOnly() {
        assertThat(targets("SNC – 17.6 et-19.1")).containsExactly(SNC + ":17.6", SNC + ":19.1");
        var iso = parser.parse("ISO – A9.2.1 NB: AC");
        assertThat(iso.references()).extracting(CitedReference::ref).containsExactly("A.9.2.1");
        assertThat(iso.problems()).anySatisfy(p -> assertThat(p).contains("NB"))
                .anySatisfy(p -> assertThat(p).contains("AC"));
        var unprefixedIso = new ReferenceCellParser(List.of(), new Notation("ISO", ISO, LetteredItems.QUALIFIER)).parse("AC");
        assertThat(unprefixedIso.references()).isEmpty();
        assertThat(unprefixedIso.problems()).singleElement().satisfies(p -> assertThat(p).contains("'AC' not understood"));
    }

    @Test
    void unprefixedCellWithNothingReadableCitesNothing() {
        var parsed = unprefixed.parse("N/A");
        assertThat(parsed.references()).isEmpty();
        assertThat(parsed.problems()).isNotEmpty();
    }

    @Test
    void twoSncMentionsWithLetteredItems() {
        assertThat(targets("SNC – 9.2 a) c) SNC - 9.3 a) c) d) g)")).containsExactly(
                SNC + ":9.2.a", SNC + ":9.2.c", SNC + ":9.3.a", SNC + ":9.3.c", SNC + ":9.3.d", SNC + ":9.3.g");
    }

    @Test
    void dashedListAndConjunction() {
        assertThat(targets("SNC - 17.5 - 17.6 et 19.1 m)"))
                .containsExactly(SNC + ":17.5", SNC + ":17.6", SNC + ":19.1.m");
    }

    @Test
    void dottedItem() {
        assertThat(targets("SNC - 10.6.a")).containsExactly(SNC + ":10.6.a");
    }

    @Test
    void itemWithoutParenthesis() {
        assertThat(targets("SNC - 12.2 d")).containsExactly(SNC + ":12.2.d");
        assertThat(targets("ISO - 11.1.3 SNC -11.1 a")).containsExactly(ISO + ":11.1.3", SNC + ":11.1.a");
    }

    @Test
    void prefixGluedAfterTheNumberDoesNotCiteTheFrameworkAgain() {
        assertThat(targets("ISO – A14.1.3ISO")).containsExactly(ISO + ":A.14.1.3");
    }

    @Test
    void bareFrameworkBetweenTwoCitations() {
        assertThat(targets("ISO - 11.1.1 HDS SNC - 11.1")).containsExactly(ISO + ":11.1.1", SNC + ":11.1", HDS);
    }

    @Test
    void hdsQualifierGluedOrSpaced() {
        var glued = parser.parse("HDS – 4.4.6.10P").references();
        assertThat(glued).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo("4.4.6.10");
            assertThat(r.qualifier()).isEqualTo("P");
            assertThat(r.asWritten()).isEqualTo("HDS – 4.4.6.10P");
        });
        assertThat(parser.parse("HDS - 4.4.7.1 C").references()).singleElement()
                .satisfies(r -> assertThat(r.qualifier()).isEqualTo("C"));
    }

    @Test
    void plusSharesTheNumbersThatFollow() {
        var refs = parser.parse("ISO + SNC – 5.1 a)").references();
        assertThat(targets("ISO + SNC – 5.1 a)")).containsExactly(ISO + ":5.1", SNC + ":5.1.a");
        assertThat(refs.get(0).qualifier()).isEqualTo("a)");
        assertThat(refs).allSatisfy(r -> assertThat(r.asWritten()).isEqualTo("ISO + SNC – 5.1 a)"));
    }

    @Test
    void plusBetweenTwoCitations() {
        assertThat(targets("ISO – 6.1.2 + SNC – 5.3 a)")).containsExactly(ISO + ":6.1.2", SNC + ":5.3.a");
        assertThat(parser.parse("ISO – 6.1.2 + SNC – 5.3 a)").references().get(0).asWritten()).isEqualTo("ISO – 6.1.2");
    }

    @Test
    void bareFrameworkAlone() {
        assertThat(parser.parse("SNC").references()).singleElement().satisfies(r -> {
            assertThat(r.frameworkLevel()).isTrue();
            assertThat(r.framework()).isEqualTo(SNC);
        });
    }

    @ParameterizedTest
    @CsvSource(value = {"-", "''", "'   '", "---", "--------------"}, nullValues = "NULL")
    void dashOrNothingCitesNothing(String cell) {
        var parsed = parser.parse(cell);
        assertThat(parsed.references()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void nullCellCitesNothing() {
        assertThat(parser.parse(null).references()).isEmpty();
    }

    @Test
    void annexFormsAreOne() {
        assertThat(targets("ISO – A9.2.1 SNC – 9.2 a)")).containsExactly(ISO + ":A.9.2.1", SNC + ":9.2.a");
        assertThat(targets("ISO A 9.2.1")).containsExactly(ISO + ":A.9.2.1");
        assertThat(targets("ISO A.9.2.1")).containsExactly(ISO + ":A.9.2.1");
    }

    @Test
    void dottedLetterAfterIsoNumberStaysPartOfTheRef() {
        assertThat(targets("ISO – 6.1.f + SNC – 5.3 e)")).containsExactly(ISO + ":6.1.f", SNC + ":5.3.e");
    }

    @Test
    void itemsGluedToTheirNumbersAndRepeatedPrefixesWithoutSpaces() {
        assertThat(targets("SNC - 6.1 g) - 6.1h)")).containsExactly(SNC + ":6.1.g", SNC + ":6.1.h");
        assertThat(targets("SNC-5.3 e) SNC -19.1 e)")).containsExactly(SNC + ":5.3.e", SNC + ":19.1.e");
        assertThat(targets("SNC – 9.3 b) 9.4 b)")).containsExactly(SNC + ":9.3.b", SNC + ":9.4.b");
    }

    @Test
    void unreadablePartsAreReportedNotThrown() {
        var parsed = parser.parse("11.1 NIST AC-2 ???");
        assertThat(parsed.references()).isEmpty();
        assertThat(parsed.problems()).isNotEmpty();
        var partly = parser.parse("pré ISO – A9.1.1 ???");
        assertThat(partly.references()).extracting(CitedReference::ref).containsExactly("A.9.1.1");
        assertThat(partly.problems()).anySatisfy(p -> assertThat(p).contains("pré"))
                .anySatisfy(p -> assertThat(p).contains("?"));
    }

    @Test
    void dashVariantsAndSpacingGiveTheSameReferences() {
        List<String> expected = targets("SNC - 9.2 a) c)");
        assertThat(targets("SNC – 9.2 a) c)")).isEqualTo(expected);
        assertThat(targets("SNC — 9.2  a)  c)")).isEqualTo(expected);
        assertThat(targets("SNC\u00A0\u20119.2 a)c)")).isEqualTo(expected);
    }
}
