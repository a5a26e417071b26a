package io.github.compliancegraph.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.github.compliancegraph.imports.Importers;
import org.neo4j.driver.Driver;

/**
 * The hub libraries users load next, generated with their shape (issue 12): a common-controls hub
 * of 1,300 assessable controls mapped to ISO/IEC 27001:2022 with 600 mappings, and a third-party
 * control framework of 700 controls mapped to ISO/IEC 27001:2022 and to SecNumCloud 3.2 with 690
 * each; every set also comes reversed, as CISO Assistant publishes a "revert" set beside each.
 * Mappings cluster on popular clauses (a quarter of them on a tenth of the targets), as the
 * public hubs' do. Written as the CSV catalogs and mapping sets a user imports, through the app's
 * own importers. Everything derives from the seed.
 */
public final class HubLibraries {

    public static final String HUB = "common-controls-hub";
    public static final String THIRD_PARTY = "third-party-framework";
    private static final String ISO_2022 = "iso27001-2022";
    private static final String SECNUMCLOUD = "secnumcloud-3.2";
    /** The relationship mix of the public hubs' sets: mostly intersects-with. */
    private static final List<String> RELATIONSHIPS = List.of("intersects-with", "intersects-with", "intersects-with",
            "intersects-with", "intersects-with", "intersects-with", "intersects-with", "subset-of", "subset-of", "equal",
            "equal", "superset-of");

    private final Importers catalogs;
    private final Driver driver;
    private final long seed;

    public HubLibraries(Importers catalogs, Driver driver, long seed) {
        this.catalogs = catalogs;
        this.driver = driver;
        this.seed = seed;
    }

    /** Imports both libraries and their six mapping sets; needs the ISO/IEC 27001:2022 and SecNumCloud 3.2 catalogs. */
    public void importAll() {
        List<String> hub = catalog(HUB, 1_300, 26);
        List<String> thirdParty = catalog(THIRD_PARTY, 700, 20);
        List<String> iso = assessable(ISO_2022);
        List<String> snc = assessable(SECNUMCLOUD);
        if (iso.isEmpty() || snc.isEmpty()) {
            throw new IllegalStateException("the hub libraries map onto " + ISO_2022 + " and " + SECNUMCLOUD + ": import their catalogs first");
        }
        mappingSets(HUB, hub, ISO_2022, iso, 600, 1);
        mappingSets(THIRD_PARTY, thirdParty, ISO_2022, iso, 690, 2);
        mappingSets(THIRD_PARTY, thirdParty, SECNUMCLOUD, snc, 690, 3);
    }

    /** A catalog of families of controls; returns the controls' uids. */
    private List<String> catalog(String framework, int controls, int families) {
        var csv = new StringBuilder("ref,parent,title,assessable\n");
        var uids = new ArrayList<String>();
        for (int f = 1; f <= families; f++) {
            String family = String.format("F%02d", f);
            csv.append(family).append(",,Family ").append(f).append(",false\n");
            for (int c = 1; c <= controls / families; c++) {
                String ref = String.format("%s-%02d", family, c);
                csv.append(ref).append(',').append(family).append(",Control ").append(ref).append(",true\n");
                uids.add(framework + ":" + ref);
            }
        }
        catalogs.importFile("csv-catalog", framework + ".csv", bytes(csv), Map.of("framework", framework));
        return uids;
    }

    private List<String> assessable(String framework) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (c:Clause {framework: $f, assessable: true}) RETURN c.uid AS uid ORDER BY uid",
                    Map.of("f", framework)).list(r -> r.get("uid").asString()));
        }
    }

    /** {@code count} mappings from a library to a target catalog, and the same reversed. */
    private void mappingSets(String library, List<String> from, String target, List<String> to, int count, int salt) {
        var random = new SplittableRandom(seed * 31 + salt);
        List<String> popular = to.subList(0, Math.max(1, to.size() / 10));
        Set<List<String>> pairs = new LinkedHashSet<>();
        while (pairs.size() < count) {
            int i = random.nextInt(from.size());
            String clause = random.nextInt(4) == 0 ? popular.get(random.nextInt(popular.size()))
                    : to.get((int) Math.min(to.size() - 1, Math.max(0, (double) i / from.size() * to.size() + random.nextGaussian() * to.size() * 0.05)));
            pairs.add(List.of(from.get(i), clause));
        }
        var forward = new StringBuilder("source,target,relationship\n");
        var reverse = new StringBuilder("source,target,relationship\n");
        for (List<String> pair : pairs) {
            String relationship = RELATIONSHIPS.get(random.nextInt(RELATIONSHIPS.size()));
            forward.append(pair.get(0)).append(',').append(pair.get(1)).append(',').append(relationship).append('\n');
            reverse.append(pair.get(1)).append(',').append(pair.get(0)).append(',').append(reversed(relationship)).append('\n');
        }
        String set = "mapping-" + library + "-to-" + target;
        catalogs.importFile("csv-mappings", set + ".csv", bytes(forward), Map.of("mapping-set", set));
        catalogs.importFile("csv-mappings", set + "-revert.csv", bytes(reverse), Map.of("mapping-set", set + "-revert"));
    }

    private static String reversed(String relationship) {
        return switch (relationship) {
            case "subset-of" -> "superset-of";
            case "superset-of" -> "subset-of";
            default -> relationship;
        };
    }

    private static byte[] bytes(StringBuilder csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
