package io.github.compliancegraph.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * Terms saying the same thing in English and French ({@code glossary/glossary.yaml}).
 *
 * @param en English terms, the first naming the entry
 * @param fr French terms
 */
public record GlossaryEntry(List<String> en, List<String> fr) {

    public GlossaryEntry {
        en = List.copyOf(en == null ? List.of() : en);
        fr = List.copyOf(fr == null ? List.of() : fr);
    }

    /** Every term with the language it is written in, English first. */
    List<Word> words() {
        return Stream.concat(en.stream().map(t -> new Word(t, Language.ENGLISH)),
                fr.stream().map(t -> new Word(t, Language.FRENCH))).toList();
    }

    /** A term of the entry and the language it is written in. */
    record Word(String text, Language language) {
    }
}
