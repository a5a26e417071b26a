// Traversal: system-responsibilities
// Purpose: what is still yours. For a system (a party with role 'system') that BUILDS_ON providers,
//   which may themselves build on others (an application on a platform on an infrastructure), who
//   holds each assessable clause of the framework along the chain. Each provider's documents are
//   read as compare.cypher reads them: its own statements (and its third parties') against its
//   customers', a citation of a parent clause covering the clauses under it, a whole NIST family
//   deciding nothing; with no statement, an audit of one of its services covering the clause
//   attests it (as in coverage.cypher). The chain is then read from the top (the system's own
//   provider), whose documents are the system's contract, down; the nearest provider that says
//   anything of the clause decides:
//   - it leaves it to its customer: system (the clause is yours, whatever lower providers do for
//     their own layers);
//   - it shares it with its customer: shared;
//   - an audit of its services covers it: attested;
//   - it does it: provider, held by the lowest provider that says it does it down the chain (what
//     the infrastructure provider does, the application inherits), or taken-on when a provider
//     below leaves it to its customer and one above does it;
//   - nobody says anything: unclaimed (yours too, but apart from what is left to you).
//   A system on several providers has several chains: the one that leaves the least to the system
//   decides (provider, taken-on, attested, shared, system, unclaimed). `path` is that chain, top
//   (the system's own provider) to bottom, with what each provider's documents say and the
//   statements that say it (each with the clause it cites); `holder` is the provider that holds,
//   attests or shares the clause, or the system; `decidedBy` the provider whose statements decided;
//   `leftBy` the provider that leaves the clause to its customer (for taken-on, the one below whose
//   part is taken on).
// Orders by each clause's sortKey and names its chapter by its chapterUid: the importers write them (README, graph contract).
// @heavy: runs at most compliance.api.heavy.concurrency at once
// @param system system (required) system party id, such as health-records-app
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param holding string = null keep only clauses held so: provider, taken-on, attested, shared, system or unclaimed
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param system => 'health-records-app'
//   :param framework => 'secnumcloud-3.2'
//   :param holding => null
//   :param skip => 0
//   :param limit => 5000
MATCH (system:Party {id: $system, role: 'system'})
MATCH chain = (system)(()-[:BUILDS_ON]->()){1,8}(root:Party)
WHERE NOT EXISTS { (root)-[:BUILDS_ON]->() }
WITH system, collect([p IN nodes(chain)[1..] | p.id]) AS chains
// each provider of the chains once, with the documents in which it is responsible for something
CALL (chains) {
  UNWIND chains AS chain
  UNWIND chain AS id
  WITH DISTINCT id
  MATCH (provider:Party {id: id})
  CALL (provider) {
    OPTIONAL MATCH (provider)-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
    RETURN collect(DISTINCT s.id) AS sources
  }
  RETURN collect({provider: provider, sources: sources}) AS providers
}
MATCH (cl:Clause {framework: $framework, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
// what each provider's documents say of the clause
CALL (cl, providers) {
  UNWIND providers AS level
  WITH level.provider AS provider, level.sources AS sources
  CALL (cl, provider, sources) {
    OPTIONAL MATCH (cl)-[:PART_OF*0..8]->(cited:Clause)<-[m:MAPS_TO]-(c:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
    WHERE c.source IN sources AND m.resolution <> 'family' AND (p = provider OR p.role IN ['customer', 'third-party'])
    WITH p, c, cited ORDER BY c.source, c.line, c.ordinal
    RETURN collect(DISTINCT CASE WHEN p = provider OR p.role = 'third-party'
                                 THEN {control: c.uid, party: p.id, clause: cited.uid, text: c.text} END) AS providerStatements,
           collect(DISTINCT CASE WHEN p.role = 'customer'
                                 THEN {control: c.uid, party: p.id, clause: cited.uid, text: c.text} END) AS customerStatements
  }
  CALL (cl, provider) {
    OPTIONAL MATCH (provider)-[:OFFERS]->(svc:Service)-[:AUDITED_AGAINST]->(audited:Framework)
    WHERE cl.framework = audited.id
       OR EXISTS { (sel:Clause {framework: audited.id, assessable: true})-[:MAPS_TO {source: 'profile'}]->(cl)
                   WHERE NOT coalesce(sel.withdrawn, false) }
    WITH DISTINCT provider.id + '/' + svc.id + '/' + audited.id AS attestation ORDER BY attestation
    RETURN collect(attestation) AS attestedBy
  }
  RETURN collect({party: provider.id, name: provider.name,
                  says: CASE WHEN size(providerStatements) > 0 AND size(customerStatements) > 0 THEN 'shared'
                             WHEN size(providerStatements) > 0 THEN 'provider'
                             WHEN size(customerStatements) > 0 THEN 'customer'
                             WHEN size(attestedBy) > 0 THEN 'attested'
                             ELSE 'silent' END,
                  providerStatements: providerStatements, customerStatements: customerStatements,
                  attestedBy: attestedBy}) AS said
}
// each chain read from the top: the nearest provider that says anything of the clause decides
WITH system, cl, said, [chain IN chains | {chain: chain, says: [id IN chain | [s IN said WHERE s.party = id][0].says]}] AS read
WITH system, cl, said, [o IN read | o {.*, speaks: [i IN range(0, size(o.chain) - 1) WHERE o.says[i] <> 'silent'][0]}] AS read
// below a provider that does it, the first provider that leaves it to its customer (if any): what was taken on
WITH system, cl, said, [o IN read | o {.*, leaves: CASE WHEN o.speaks IS NULL THEN null
       ELSE [i IN range(o.speaks, size(o.chain) - 1) WHERE o.says[i] IN ['customer', 'shared']][0] END}] AS read
WITH system, cl, said, [o IN read | {chain: o.chain, decision: CASE
       WHEN o.speaks IS NULL THEN {holding: 'unclaimed', decidedBy: null, leftBy: null}
       WHEN o.says[o.speaks] = 'customer' THEN {holding: 'system', decidedBy: o.chain[o.speaks], leftBy: o.chain[o.speaks]}
       WHEN o.says[o.speaks] = 'shared' THEN {holding: 'shared', decidedBy: o.chain[o.speaks], leftBy: o.chain[o.speaks]}
       WHEN o.says[o.speaks] = 'attested' THEN {holding: 'attested', decidedBy: o.chain[o.speaks], leftBy: null}
       // the lowest provider saying it does it above the one that leaves it (or the bottom) does it
       ELSE {holding: CASE WHEN o.leaves IS NULL THEN 'provider' ELSE 'taken-on' END,
             decidedBy: o.chain[last([i IN range(o.speaks, coalesce(o.leaves, size(o.chain)) - 1) WHERE o.says[i] = 'provider'])],
             leftBy: o.chain[o.leaves]}
       END}] AS options
WITH system, cl, said, {provider: 0, `taken-on`: 1, attested: 2, shared: 3, system: 4, unclaimed: 5} AS rank, options
WITH system, cl, said, reduce(best = options[0], o IN options[1..] |
       CASE WHEN rank[o.decision.holding] < rank[best.decision.holding] THEN o ELSE best END) AS chosen
WHERE $holding IS NULL OR chosen.decision.holding = $holding
WITH system, cl, chosen, [id IN chosen.chain | [s IN said WHERE s.party = id][0]] AS path
OPTIONAL MATCH (top:Clause {uid: cl.chapterUid})
RETURN cl.uid AS clause, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label, cl.title AS title,
       top.ref AS chapter, top.title AS chapterTitle,
       chosen.decision.holding AS holding,
       CASE WHEN chosen.decision.holding IN ['system', 'unclaimed'] THEN system.id ELSE chosen.decision.decidedBy END AS holder,
       chosen.decision.decidedBy AS decidedBy, chosen.decision.leftBy AS leftBy, path
ORDER BY cl.sortKey
SKIP $skip LIMIT $limit
