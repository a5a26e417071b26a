package io.github.compliancegraph.imports.oscal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.Problem;

/**
 * What an implemented requirement, or one statement of it, cites: the clause ref its control-id
 * names and, for a statement, the part of the control it answers ("ac-2_smt.a" cites AC-2, part a).
 *
 * @param controlId the requirement's control-id
 * @param ref       the clause ref, written as the catalog labels it
 * @param qualifier the statement's part ("a", "b.1"), or null for the whole control
 * @param asWritten the control-id or statement-id as the plan writes it
 */
record SspCitation(String controlId, String ref, String qualifier, String asWritten) {

    private static final Pattern NIST_ID = Pattern.compile("^([a-z]{2}-\\d+)(?:\\.(\\d+))?$");
    // NIST's catalogs write "ac-2_smt.a"; NIST's own leveraged-authorization examples write "ac-2_stmt.a".
    private static final Pattern STATEMENT_ID = Pattern.compile("^(.+?)_s(?:m|tm)t(?:\\.(.+))?$");

    /** A requirement's citation: this project's clause prop, else its control-id. */
    static SspCitation of(JsonNode requirement, String controlId, String framework) {
        return new SspCitation(controlId, ref(requirement, controlId, framework), null, controlId);
    }

    /**
     * The citation of one statement of the requirement. A statement-id that is not one of the
     * requirement's control (FedRAMP's template writes "_smt" under mp-1) is reported and cites the
     * whole control.
     */
    SspCitation statement(String statementId, String path, List<Problem> problems) {
        if (statementId == null) {
            return this;
        }
        Matcher m = STATEMENT_ID.matcher(statementId);
        if (m.matches() && m.group(1).equalsIgnoreCase(controlId)) {
            return new SspCitation(controlId, ref, m.group(2), statementId);
        }
        problems.add(new Problem(0, path + ": statement-id '" + statementId + "' is not a statement of " + controlId
                + "; cited as " + controlId + " as a whole"));
        return new SspCitation(controlId, ref, null, statementId);
    }

    /** The control family of a NIST SP 800-53 id ("AC"), which orders a plan as sections order a matrix; else null. */
    String family() {
        Matcher nist = NIST_ID.matcher(controlId);
        return nist.matches() ? controlId.substring(0, 2).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * The clause ref a requirement names: this project's clause prop; else the control-id, unescaped,
     * with an OSCAL NIST SP 800-53 id written as the catalog labels it ("ac-2.1" is "AC-2(1)").
     */
    private static String ref(JsonNode requirement, String controlId, String framework) {
        String clause = OscalTerms.props(requirement).get("clause");
        if (clause != null && clause.startsWith(framework + ":")) {
            return clause.substring(framework.length() + 1);
        }
        Matcher nist = NIST_ID.matcher(controlId);
        if (nist.matches()) {
            return nist.group(1).toUpperCase(Locale.ROOT) + (nist.group(2) == null ? "" : "(" + nist.group(2) + ")");
        }
        return controlId.startsWith(OscalTerms.ESCAPE) ? controlId.substring(1) : controlId;
    }
}
