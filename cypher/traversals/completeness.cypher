// Traversal: completeness
// Purpose: completeness of a provider's documents against a framework taken as the baseline: the
//   framework's assessable clauses those documents never mention, which FedRAMP reviewers check a
//   customer responsibility matrix for. Mentioned as compare decides it, so these are the clauses
//   compare marks silent for the provider: its documents are those in which it is responsible for
//   at least one statement; a statement there of the provider, its customer or a third party
//   mentions the clause it cites and every clause under it (PART_OF); a reference to a whole NIST
//   family (resolution 'family') mentions none. Every row carries the totals, assessable (the
//   framework's assessable clauses) and neverMentioned (all of them, whatever the page), so that a
//   page is never taken for the whole; when no clause falls in the page (the documents mention
//   them all, or skip is past the end), one row whose clause is null still carries them.
// Orders by each clause's sortKey and names its chapter by its chapterUid: the importers write them (README, graph contract).
// @heavy: runs at most compliance.api.heavy.concurrency at once
// @param provider party (required) provider party id, such as outscale
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param provider => 'outscale'
//   :param framework => 'secnumcloud-3.2'
//   :param skip => 0
//   :param limit => 5000
MATCH (framework:Framework {id: $framework}), (provider:Party {id: $provider})
CALL (provider) {
  OPTIONAL MATCH (provider)-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
  RETURN collect(DISTINCT s.id) AS sources
}
// optional, so that a framework without a catalog still answers, with assessable 0
OPTIONAL MATCH (cl:Clause {framework: framework.id, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
WITH framework, provider, cl, NOT EXISTS {
  (cl)-[:PART_OF*0..8]->(:Clause)<-[m:MAPS_TO]-(c:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
  WHERE c.source IN sources AND m.resolution <> 'family' AND (p = provider OR p.role IN ['customer', 'third-party'])
} AS silent
ORDER BY cl.sortKey
// collect keeps that order; grouping by framework and provider keeps "no such id" an empty answer
WITH framework, provider, count(cl) AS assessable, collect(CASE WHEN silent THEN cl END) AS unmentioned
WITH assessable, unmentioned, unmentioned[$skip..$skip + $limit] AS page
UNWIND CASE page WHEN [] THEN [null] ELSE page END AS cl
OPTIONAL MATCH (top:Clause {uid: cl.chapterUid})
RETURN cl.uid AS clause, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label, cl.title AS title,
       top.ref AS chapter, top.title AS chapterTitle,
       assessable, size(unmentioned) AS neverMentioned
