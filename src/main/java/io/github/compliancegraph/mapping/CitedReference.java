package io.github.compliancegraph.mapping;

/**
 * One reference a cell makes.
 *
 * @param framework framework id
 * @param ref       clause reference as cited, normalised in form only ("A.9.2.1", "10.5.c");
 *                  null when the cell names the framework alone
 * @param qualifier what the cell adds without naming a clause of its own ("P", "a) c)"), or null
 * @param asWritten the part of the cell this reference comes from
 */
public record CitedReference(String framework, String ref, String qualifier, String asWritten) {

    public boolean frameworkLevel() {
        return ref == null;
    }
}
