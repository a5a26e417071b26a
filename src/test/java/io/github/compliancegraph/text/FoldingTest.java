package io.github.compliancegraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Folding as the search and the importers rely on it: same length, idempotent, accents and case gone. */
class FoldingTest {

    @Test
    void foldsFrenchAccentsCaseAndTypography() {
        assertThat(Folding.fold("Clés CRYPTOGRAPHIQUES, sécurité – données\u00A0l’hôte ÇA Œuvre"))
                .isEqualTo("cles cryptographiques, securite - donnees l'hote ca œuvre");
        assertThat(Folding.foldKeepingCase("Sécurité AND Clés")).isEqualTo("Securite AND Cles");
    }

    /** The letters looked up in a table fold exactly as the normaliser folds them. */
    @Test
    void latinLettersFoldAsTheirCanonicalDecomposition() {
        for (char c = 0x80; c < 0x250; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
            assertThat(Folding.foldKeepingCase(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(String.valueOf(typographic(base)));
        }
    }

    @Property
    void keepsEveryCharacterInPlace(@ForAll String text) {
        String folded = Folding.fold(text);
        assertThat(folded).hasSameSizeAs(text);
        assertThat(Folding.fold(folded)).isEqualTo(folded);
    }

    private static char typographic(char c) {
        return c == '\u00A0' ? ' ' : c;
    }
}
