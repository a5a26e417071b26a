package io.github.compliancegraph.system;

import java.util.ArrayList;
import java.util.List;

import io.github.compliancegraph.system.HeldClause.Level;
import io.github.compliancegraph.system.HeldClause.Statement;

/**
 * One clause of a system's own plan: what the providers of its chain do for it, which the system
 * inherits, and what they leave for the system to meet, read from the path that decided who holds
 * the clause. Every provider of the path that says it does its part is inherited from. What the
 * system must meet is what the provider that decided (the nearest to the system that says anything
 * of the clause) leaves to its customer, when it shares the clause or leaves it: what a lower
 * provider leaves is its own customer's, the provider above it.
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
     * @param leftToSystem its customer statements, when it is the provider that decided and leaves the clause (or part of it) to the system
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
        boolean settled = !clause.stillYours();
        var shares = new ArrayList<Share>();
        for (Level level : clause.path()) {
            boolean decided = level.party().equals(clause.decidedBy());
            List<Statement> left = !settled && decided ? level.customerStatements() : List.of();
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
            case HeldClause.SHARED -> plan.name() + " meets the customer's part: what " + decider() + " leaves to its customer.";
            case HeldClause.SYSTEM -> plan.name() + " meets it: " + decider() + " leaves it to its customer.";
            case HeldClause.UNCLAIMED -> "Nobody in the chain (" + plan.chainLine() + ") says anything of it: " + plan.name()
                    + " meets it in full.";
            default -> "Nothing is left to " + plan.name() + ": it inherits the clause from " + decider() + ".";
        };
    }

    /** The name of the provider whose statements decided. */
    private String decider() {
        return shares.stream().filter(Share::decided).findFirst().map(s -> s.level().name()).orElse(clause.holder());
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
