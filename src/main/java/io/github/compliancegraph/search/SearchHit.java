package io.github.compliancegraph.search;

import java.util.List;

/**
 * One result of a search, in one of three groups.
 *
 * @param kind      {@code topic}, {@code statement} (a Control) or {@code requirement} (a Clause)
 * @param id        the topic's id, the statement's or the clause's uid
 * @param ref       the clause's ref; the statement's number where its document numbers statements
 * @param label     what names the requirement: its ref, or its place and title where it has none
 * @param title     the clause's title; the statement's section title; the topic's English and French labels
 * @param text      the clause's or the statement's text
 * @param lang      the language of the statement; the language a requirement was searched in (fr, en)
 * @param parties   the parties the statement binds
 * @param framework the requirement's framework
 * @param baselines the baselines (FedRAMP profiles) that select the requirement
 * @param source    the statement's document
 * @param score     relevance within its group, as the full-text index scores it; null for topics
 * @param link      the explorer page to open: the clause, the statement in its first party's page,
 *                  the topic's statements
 * @param fragment  the text around what matched, as HTML: escaped, the words matched in {@code <mark>}
 * @param matched   what it matched among the words typed and their expansions, such as
 *                  {@code "chiffrement" (glossary: encryption)}; for a topic, the keyword the query named
 */
public record SearchHit(String kind, String id, String ref, String label, String title, String text, String lang,
        List<String> parties, String framework, List<String> baselines, String source, Double score, String link, Fragment fragment,
        List<String> matched) {
}
