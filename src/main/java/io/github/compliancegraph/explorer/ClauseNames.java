package io.github.compliancegraph.explorer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRunner;
import org.springframework.stereotype.Component;

/**
 * What pages show clauses as where their rows name them by uid only (crosswalk pairs and paths, a
 * clause's parent and sub-clauses): never the uid, whose ref may be a name made up for a clause its
 * catalog gives none ("secnumcloud-3.2:node329").
 */
@Component
class ClauseNames {

    private final TraversalRunner traversals;

    ClauseNames(TraversalRunner traversals) {
        this.traversals = traversals;
    }

    /** The names of these clauses, read at once. */
    Names of(Collection<String> uids) {
        var names = new HashMap<String, Name>();
        traversals.lookup("lookups/clause-names", Map.of("uids", List.copyOf(uids))).forEach(r -> names.put((String) r.get("uid"),
                new Name((String) r.get("framework"), (String) r.get("name"), (String) r.get("heading"))));
        return new Names(names);
    }

    private record Name(String framework, String name, String heading) {
    }

    /** Names by uid, for templates; a uid not in the graph is shown as it is. */
    static final class Names {

        private final Map<String, Name> byUid;

        private Names(Map<String, Name> byUid) {
            this.byUid = byUid;
        }

        /** Its ref, or its label: "10.5.c", "12.2.b ¶1 la date et l’heure…". */
        public String name(String uid) {
            Name name = byUid.get(uid);
            return name == null ? uid : name.name();
        }

        /** Its framework and name, where clauses of several frameworks meet (paths). */
        public String withFramework(String uid) {
            Name name = byUid.get(uid);
            return name == null ? uid : name.framework() + " " + name.name();
        }

        /** Its ref and title, or its label, which holds the start of its title: what a chapter is headed by. */
        public String heading(String uid) {
            Name name = byUid.get(uid);
            return name == null ? uid : name.heading();
        }
    }
}
