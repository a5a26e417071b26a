// Traversal: compare
// Purpose: providers compared on one framework: for each assessable clause and each provider, whom
//   that provider's documents make responsible: the provider itself (provider), its customer
//   (customer), both (shared), or nobody because they say nothing of the clause (silent). A
//   provider's documents are those in which it is responsible for at least one statement; a
//   citation of a parent clause (a whole sub-chapter) covers the requirements under it. A third
//   party the provider outsources to (a CSA CCM "Third-party outsourced" row) stands on the
//   provider's side: the customer does not do it. A reference to a whole NIST family
//   (resolution 'family') is too coarse to decide any clause.
// Statements are listed in document order.
// Orders by each clause's sortKey and names its chapter by its chapterUid: the importers write them (README, graph contract).
// @heavy: runs at most compliance.api.heavy.concurrency at once
// @param framework framework (required) framework id, such as iso27001-2013
// @param providers string (required) provider party ids, comma-separated, such as outscale,nimbus
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param framework => 'iso27001-2013'
//   :param providers => 'outscale,microsoft'
//   :param skip => 0
//   :param limit => 5000
WITH [id IN split($providers, ',') | trim(id)] AS ids
UNWIND range(0, size(ids) - 1) AS position
MATCH (provider:Party {id: ids[position]})
CALL (provider) {
  OPTIONAL MATCH (provider)-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
  RETURN collect(DISTINCT s.id) AS sources
}
MATCH (cl:Clause {framework: $framework, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
CALL (cl, provider, sources) {
  OPTIONAL MATCH (cl)-[:PART_OF*0..8]->(:Clause)<-[m:MAPS_TO]-(c:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
  WHERE c.source IN sources AND m.resolution <> 'family' AND (p = provider OR p.role IN ['customer', 'third-party'])
  WITH provider, c, p ORDER BY c.source, c.line, c.ordinal
  RETURN collect(DISTINCT CASE WHEN p = provider OR p.role = 'third-party' THEN c.uid END) AS providerControls,
         collect(DISTINCT CASE WHEN p.role = 'customer' THEN c.uid END) AS customerControls
}
OPTIONAL MATCH (top:Clause {uid: cl.chapterUid})
RETURN cl.uid AS clause, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label, cl.title AS title,
       top.ref AS chapter, top.title AS chapterTitle,
       provider.id AS provider,
       CASE WHEN size(providerControls) > 0 AND size(customerControls) > 0 THEN 'shared'
            WHEN size(providerControls) > 0 THEN 'provider'
            WHEN size(customerControls) > 0 THEN 'customer'
            ELSE 'silent' END AS status,
       providerControls, customerControls
ORDER BY cl.sortKey, position
SKIP $skip LIMIT $limit
