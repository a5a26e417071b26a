package io.github.compliancegraph.mapping;

import java.util.ArrayList;
import java.util.List;

/** Clause identity: {@code uid = framework + ":" + ref}, and the parent chain implied by a ref. */
public final class ClauseIds {

    private ClauseIds() {
    }

    public static String uid(String framework, String ref) {
        return framework + ":" + ref;
    }

    /** The ref of a uid: "secnumcloud-3.2:19.5" gives "19.5" (framework ids hold no colon, refs may). */
    public static String ref(String uid) {
        return uid.substring(uid.indexOf(':') + 1);
    }

    /** "10.5.c" gives ["10.5", "10"]; "A.9.2.1" gives ["A.9.2", "A.9", "A"]. Nearest first. */
    public static List<String> ancestors(String ref) {
        var chain = new ArrayList<String>();
        for (int dot = ref.lastIndexOf('.'); dot > 0; dot = ref.lastIndexOf('.', dot - 1)) {
            chain.add(ref.substring(0, dot));
        }
        return chain;
    }
}
