package io.github.compliancegraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.compliancegraph.mapping.ClauseIds;
import io.github.compliancegraph.system.HeldClause;

/**
 * A clause a provider of the chain leaves to the system, or shares with it, with the statements of
 * the providers' documents that say so.
 *
 * @param quotes what each level of the chain that leaves or shares the clause says, top first
 */
record StillYours(HeldClause clause, List<Quote> quotes) {

    /**
     * A statement of a provider's document, quoted once however many parties it names: a matrix row
     * marked shared is one statement written for the provider and for its customer.
     *
     * @param document whose document it is in (the provider's name)
     * @param parties  the parties it makes responsible
     * @param side     customer (it leaves the clause to the customer), provider (the provider's part of a shared
     *                 clause) or shared (one statement naming both)
     * @param cites    the clause it cites when that is one above this one (a statement on 19.5 covers 19.5.a), else null
     */
    record Quote(String text, String document, List<String> parties, String side, String cites) {
    }

    static StillYours of(HeldClause clause) {
        var quotes = new ArrayList<Quote>();
        for (HeldClause.Level level : clause.path()) {
            boolean shares = "shared".equals(level.says());
            if (shares || "customer".equals(level.says())) {
                quotes.addAll(quotes(clause, level, shares ? level.providerStatements() : List.of()));
            }
        }
        return new StillYours(clause, quotes);
    }

    /** The level's customer statements, and the provider's own where it shares the clause, each text once. */
    private static List<Quote> quotes(HeldClause clause, HeldClause.Level level, List<HeldClause.Statement> providerSide) {
        Map<String, List<HeldClause.Statement>> byText = new LinkedHashMap<>();
        Stream.concat(level.customerStatements().stream(), providerSide.stream())
                .forEach(s -> byText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s));
        return byText.entrySet().stream().map(e -> {
            List<HeldClause.Statement> same = e.getValue();
            long customers = same.stream().filter(level.customerStatements()::contains).count();
            String side = customers == same.size() ? "customer" : customers == 0 ? "provider" : "shared";
            String cited = same.get(0).clause();
            return new Quote(e.getKey(), level.name(), same.stream().map(HeldClause.Statement::party).distinct().toList(), side,
                    cited.equals(clause.clause()) ? null : ClauseIds.ref(cited));
        }).toList();
    }
}
