package io.github.compliancegraph.search;

/**
 * A word or phrase a search looks for.
 *
 * @param text as typed, or as the glossary or the topic taxonomy writes it
 * @param via  null for what was typed; else where the search took it from, such as
 *             {@code glossary: encryption} (the glossary entry the query named, by the term it used)
 *             or {@code topic: Encryption}
 */
public record Expansion(String text, String via) {

    /** As a hit shows what it matched: {@code "chiffrement" (glossary: encryption)}, or {@code "cles"}. */
    @Override
    public String toString() {
        return "\"" + text + "\"" + (via == null ? "" : " (" + via + ")");
    }
}
