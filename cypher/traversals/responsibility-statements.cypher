// Traversal: responsibility-statements
// Purpose: the statements of a provider's documents that cite clauses of one framework, one row per
//   clause, statement and party bound (a shared statement gives a row for the provider and one for
//   the customer): what the OSCAL export writes as provided capabilities (provider) and customer
//   responsibilities. Clauses in catalog order, statements in document order.
// Orders by each clause's sortKey, which the importers write (README, graph contract).
// @param provider party (required) provider party id, such as outscale
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..50000] rows to return
// Run in Neo4j Browser after:
//   :param provider => 'outscale'
//   :param framework => 'secnumcloud-3.2'
//   :param skip => 0
//   :param limit => 5000
MATCH (provider:Party {id: $provider})-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
WITH provider, collect(DISTINCT s.id) AS sources
MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[:MAPS_TO]->(cl:Clause {framework: $framework})
WHERE c.source IN sources AND (p = provider OR p.role = 'customer')
RETURN cl.uid AS clause, cl.ref AS ref, cl.title AS title, cl.sourceId AS clauseSourceId,
       c.uid AS control, c.statementId AS statementId, c.source AS source, c.section AS section,
       c.sectionTitle AS sectionTitle, c.text AS text, c.lang AS lang,
       p.id AS party, p.name AS partyName, CASE WHEN p = provider THEN 'provider' ELSE 'customer' END AS role
ORDER BY coalesce(cl.order, 1000000),
         cl.sortKey,
         c.source, c.line, c.ordinal, role DESC
SKIP $skip LIMIT $limit
