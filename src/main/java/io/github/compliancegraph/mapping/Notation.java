package io.github.compliancegraph.mapping;

/**
 * How a document writes references to one framework.
 *
 * @param prefix        what the reference cell writes ("ISO", "SNC", "HDS")
 * @param framework     the framework id it stands for
 * @param letteredItems whether "a)" after a number names a clause of its own (SecNumCloud's
 *                      10.5.c) or only qualifies the numbered clause (ISO, HDS)
 */
public record Notation(String prefix, String framework, LetteredItems letteredItems) {

    public enum LetteredItems { CLAUSE, QUALIFIER }
}
