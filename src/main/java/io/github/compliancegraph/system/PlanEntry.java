package io.github.compliancegraph.system;

import java.util.ArrayList;
import java.util.List;

import io.github.compliancegraph.system.HeldClause.Level;
import io.github.compliancegraph.system.HeldClause.Statement;

/**
 * One clause of a system's own plan: what the providers of its chain do for it, which the system
 * inherits, and what they leave for the system to meet, read from the path that decided who holds
 * the clause. The walk of the chain goes from the bottom up and stops at the provider that settles
 * the clause (provider, taken-on, attested): the providers below it have done their part, those
 * above it are not asked. A clause nobody settles (shared, system) reaches the top, and every
 * statement left to a customer on the way is the system's to meet: nobody above took it on.
 *
 * @param controlId the clause's OSCAL control-id, as the providers' own plans write it
 * @param shares    the providers of the path that do or leave something, top first
 */
record PlanEntry(HeldClause clause, String controlId, List<Share> shares) {

    /** FedRAMP's "Can Be Inherited from CSP" answers. */
    static final String YES = "Yes";
    static final String PARTIAL = "Partial";
    static final String NO = "No";

    /**
     * What one provider of the path does for the clause and leaves to the system.
     *
     * @param decided      whether it is the provider whose statements decided the holding
     * @param provided     its provider-side statements, its third parties' included
     * @param leftToSystem its customer statements, when nobody above took them on
     */
    record Share(Level level, boolean decided, List<Statement> provided, List<Statement> leftToSystem) {

        /**
         * The statements of the provider party itself: those its own plan exports as {@code provided}
         * (a third party's statements are counted on the provider's side, but its plan has no entry for them).
         */
        List<Statement> ownProvided() {
            return provided.stream().filter(s -> s.party().equals(level.party())).toList();
        }
    }

    static PlanEntry of(HeldClause clause, String controlId) {
        List<Level> path = clause.path();
        boolean settled = !clause.stillYours();
        int top = 0;
        if (settled) {
            while (!path.get(top).party().equals(clause.decidedBy())) {
                top++;
            }
        }
        var shares = new ArrayList<Share>();
        for (Level level : path.subList(top, path.size())) {
            boolean decided = level.party().equals(clause.decidedBy());
            List<Statement> left = settled ? List.of() : level.customerStatements();
            if (decided || !level.providerStatements().isEmpty() || !left.isEmpty()) {
                shares.add(new Share(level, decided, level.providerStatements(), left));
            }
        }
        return new PlanEntry(clause, controlId, List.copyOf(shares));
    }

    /** Whether the system can inherit the clause from its providers: Yes, Partial (shared) or No (left to it, or unclaimed). */
    String inheritable() {
        return switch (clause.holding()) {
            case HeldClause.SHARED -> PARTIAL;
            case HeldClause.SYSTEM, HeldClause.UNCLAIMED -> NO;
            default -> YES;
        };
    }

    /** What one provider's documents say of the clause, in words; for the provider that decided, the decision. */
    String said(Share share) {
        Level level = share.level();
        if (share.decided()) {
            String audits = level.says().equals(HeldClause.ATTESTED) ? " (" + String.join(", ", level.attestedBy()) + ")" : "";
            return capitalised(clause.decision()) + audits + ".";
        }
        return switch (level.says()) {
            case HeldClause.SHARED -> level.name() + " does its part and leaves the rest to its customer.";
            case HeldClause.PROVIDER -> level.name() + " says it does it.";
            default -> level.name() + " leaves it to its customer.";
        };
    }

    /** What is left to the system, in one sentence. */
    String remains(SystemPlan plan) {
        return switch (clause.holding()) {
            case HeldClause.SHARED -> plan.name() + " meets the customer's part: what the providers leave to their customer and "
                    + "nobody above takes on.";
            case HeldClause.SYSTEM -> plan.name() + " meets it: the providers leave it to their customer and nobody above takes it on.";
            case HeldClause.UNCLAIMED -> "Nobody in the chain (" + plan.chainLine() + ") says anything of it: " + plan.name()
                    + " meets it in full.";
            default -> "Nothing is left to " + plan.name() + ": it inherits the clause from "
                    + shares.stream().filter(Share::decided).findFirst().map(s -> s.level().name()).orElse(clause.holder()) + ".";
        };
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
