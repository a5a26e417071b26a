package io.github.compliancegraph.system;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.compliancegraph.traversal.TraversalRow;

/**
 * Who holds one clause for a system along its chain of providers: a row of the
 * {@code system-responsibilities} traversal.
 *
 * @param holding   provider, taken-on, attested, shared, system or unclaimed
 * @param holder    the provider that holds or shares the clause, or the system itself
 * @param decidedBy the provider whose statements decided: the nearest to the system that says anything of the clause,
 *                  or, when that one does it, the lowest that does it
 * @param leftBy    the provider that leaves the clause to its customer (for taken-on, the one below whose part is taken on)
 * @param path      the deciding chain, the system's own provider first, with what each provider's documents say
 */
@TraversalRow("system-responsibilities")
public record HeldClause(String clause, String ref, String label, String title, String chapter, String chapterTitle,
        String holding, String holder, String decidedBy, String leftBy, List<Level> path) {

    public static final String PROVIDER = "provider";
    public static final String TAKEN_ON = "taken-on";
    public static final String ATTESTED = "attested";
    public static final String SHARED = "shared";
    public static final String SYSTEM = "system";
    public static final String UNCLAIMED = "unclaimed";
    /** From what the providers take off the system to what is left to it. */
    public static final List<String> HOLDINGS = List.of(PROVIDER, TAKEN_ON, ATTESTED, SHARED, SYSTEM, UNCLAIMED);

    /**
     * One provider of the chain and what its documents say of the clause.
     *
     * @param says provider, customer, shared, attested or silent
     */
    public record Level(String party, String name, String says, List<Statement> providerStatements,
            List<Statement> customerStatements, List<String> attestedBy) {
    }

    /** A statement of a provider's documents, with the clause it cites (the clause itself or one above it). */
    public record Statement(String control, String party, String clause, String text) {
    }

    /** Whether the system still has something to do: the clause is left to it, shared, or nobody says. */
    public boolean stillYours() {
        return holding.equals(SYSTEM) || holding.equals(SHARED) || holding.equals(UNCLAIMED);
    }

    /** What decided the row, in words. */
    @JsonProperty("decision")
    public String decision() {
        return switch (holding) {
            case PROVIDER -> decidedBy + " says it does it";
            case TAKEN_ON -> decidedBy + " takes on what " + leftBy + " leaves to its customer";
            case ATTESTED -> "an audit of " + decidedBy + "'s services covers it";
            case SHARED -> decidedBy + " shares it with its customer";
            case SYSTEM -> decidedBy + " leaves it to its customer: it is yours";
            default -> "no provider of the chain says anything of it";
        };
    }

    /** The chain in one line, top first: {@code cumulus: customer > outscale: provider}. */
    String pathLine() {
        return String.join(" > ", path.stream().map(l -> l.party() + ": " + l.says()).toList());
    }
}
