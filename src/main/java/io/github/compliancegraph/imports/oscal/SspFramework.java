package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * The framework whose clauses a plan's control-ids name. This project's export says so in a prop
 * (of the metadata, or of the back-matter resource its import-profile points to); plans written by
 * others only point to a baseline profile, which is recognised by its published file name.
 */
final class SspFramework {

    static final String NIST_R4 = "nist-sp800-53-r4";
    static final String NIST_R5 = "nist-sp800-53-r5";

    // The control-ids of NIST's and FedRAMP's baselines are those of the NIST catalog they select from.
    private static final Map<Pattern, String> BASELINES = Map.of(
            Pattern.compile("(?i)^NIST_SP-800-53_rev4_.*"), NIST_R4,
            Pattern.compile("(?i)^NIST_SP-800-53_rev5_.*"), NIST_R5,
            Pattern.compile("(?i)^FedRAMP_rev4_.*"), NIST_R4,
            Pattern.compile("(?i)^FedRAMP_rev5_.*"), NIST_R5);

    private SspFramework() {
    }

    /**
     * The framework option where given (noting what the plan said, if it said something else or
     * something unknown), else the framework the plan names.
     *
     * @throws ImportRejectedException when neither the option nor the plan names one
     */
    static String of(JsonNode ssp, String option, String file, List<Problem> problems) {
        String href = OscalJson.text(ssp.path("import-profile"), "href");
        JsonNode resource = resource(ssp, href);
        String named = OscalTerms.props(ssp.path("metadata")).get("framework");
        if (named == null && resource != null) {
            named = OscalTerms.props(resource).get("framework");
        }
        String baselineHref = named != null ? null : baselineHref(href, resource);
        String planSays = named != null ? named : baselineHref == null ? null : baseline(baselineHref);
        if (option != null) {
            if (planSays == null && href != null) {
                problems.add(new Problem(0, "import-profile '" + href + "' names no framework this product knows; not used: "
                        + "control-ids read as " + option + ", the framework option"));
            } else if (planSays != null && !planSays.equals(option)) {
                problems.add(new Problem(0, "the plan names framework " + planSays + " (import-profile '" + href
                        + "'); control-ids read as " + option + ", the framework option"));
            }
            return option;
        }
        if (planSays == null) {
            throw new ImportRejectedException(file + ": " + (href == null ? "the plan has no import-profile"
                    : "import-profile '" + href + "' names no framework this product knows")
                    + "; give the framework option, the id of the framework its control-ids name "
                    + "(framework=" + NIST_R5 + " over HTTP, --framework=" + NIST_R5 + " on the command line)");
        }
        if (named == null) {
            // A file name is a guess, however well founded: the report says what it was taken from.
            problems.add(new Problem(0, "framework " + planSays + " taken from the import-profile's baseline '" + baselineHref + "'"));
        }
        return planSays;
    }

    /** The back-matter resource an import-profile href "#uuid" points to, or null. */
    private static JsonNode resource(JsonNode ssp, String href) {
        if (href == null || !href.startsWith("#")) {
            return null;
        }
        for (JsonNode resource : ssp.path("back-matter").path("resources")) {
            if (href.substring(1).equals(OscalJson.text(resource, "uuid"))) {
                return resource;
            }
        }
        return null;
    }

    /** The first of the href and the resource's rlinks that names a known baseline, or null. */
    private static String baselineHref(String href, JsonNode resource) {
        var candidates = new ArrayList<String>();
        candidates.add(href);
        if (resource != null) {
            resource.path("rlinks").forEach(rlink -> candidates.add(OscalJson.text(rlink, "href")));
        }
        return candidates.stream().filter(c -> c != null && baseline(c) != null).findFirst().orElse(null);
    }

    private static String baseline(String href) {
        String name = href.substring(href.lastIndexOf('/') + 1);
        return BASELINES.entrySet().stream().filter(e -> e.getKey().matcher(name).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
