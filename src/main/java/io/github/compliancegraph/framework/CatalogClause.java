package io.github.compliancegraph.framework;

/**
 * A clause of a catalog.
 *
 * @param ref        the clause's reference, as uids use it ("A.9.2.1", "10.5.c", "AC-2(1)")
 * @param title      short title, or null
 * @param parent     ref of the parent clause, or null for a top-level clause
 * @param assessable whether it is a requirement one can meet or miss (not a heading or group)
 * @param withdrawn  whether the publisher withdrew it
 * @param sourceId   its id in the imported file (OSCAL control id, CISO Assistant urn), or null
 * @param text       the requirement's whole text where the catalog gives one longer than its title, or null
 * @param label      what to show instead of the ref when the catalog gives the clause none, its ref being
 *                   a name made up for the uid ("node329" becomes "12.2.b ¶1 la date et l’heure…"); else null
 */
public record CatalogClause(String ref, String title, String parent, boolean assessable, boolean withdrawn,
        String sourceId, String text, String label) {

    /** A clause whose catalog gives no text beyond its title. */
    public CatalogClause(String ref, String title, String parent, boolean assessable, boolean withdrawn, String sourceId) {
        this(ref, title, parent, assessable, withdrawn, sourceId, null);
    }

    /** A clause the catalog gives a ref. */
    public CatalogClause(String ref, String title, String parent, boolean assessable, boolean withdrawn, String sourceId,
            String text) {
        this(ref, title, parent, assessable, withdrawn, sourceId, text, null);
    }
}
