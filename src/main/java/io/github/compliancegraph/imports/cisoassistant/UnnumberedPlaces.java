package io.github.compliancegraph.imports.cisoassistant;

import java.util.HashMap;
import java.util.Map;

/**
 * Labels for the requirement nodes a library gives no ref_id (headings, unnumbered paragraphs, bullets),
 * whose ref is their urn's last segment ("node329"): a name for the library's tooling, not for readers.
 * The label is the node's place, its parent's ref then its position among the parent's unnumbered
 * children ("12.2.b ¶1", and "9 ¶1.2" under an unnumbered paragraph), then the start of its title. A
 * top-level node has no parent to be placed by; its title names a part of the document ("Annex A").
 * Nodes are given parents first, in file order.
 */
final class UnnumberedPlaces {

    /** How much of the title a label carries: enough to tell siblings apart, little enough for a treemap tile. */
    static final int TITLE_IN_LABEL = 60;
    private static final int TOP = -1;

    private final Map<Integer, Integer> unnumberedChildren = new HashMap<>();
    private final Map<Integer, String> places = new HashMap<>();

    /**
     * @param node      the node's index
     * @param parent    its parent's index, -1 at the top level
     * @param parentRef the parent's ref_id, null when the parent has none (or there is no parent)
     */
    String label(int node, int parent, String parentRef, String title) {
        int position = unnumberedChildren.merge(parent, 1, Integer::sum);
        String place = parentRef != null ? parentRef + " ¶" + position
                : parent == TOP ? "¶" + position
                : places.get(parent) + "." + position;
        places.put(node, place);
        if (title == null) {
            return place;
        }
        return parent == TOP ? title : place + " " + shortened(title);
    }

    /** The title up to {@value #TITLE_IN_LABEL} characters, cut after a whole word. */
    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_IN_LABEL) {
            return title;
        }
        String start = title.substring(0, title.offsetByCodePoints(0, TITLE_IN_LABEL));
        int lastSpace = start.lastIndexOf(' ');
        return (lastSpace > 0 ? start.substring(0, lastSpace) : start).strip() + "…";
    }
}
