// Traversal: customer-responsibilities
// Purpose: everything a provider's documents leave to the customer, for one framework: each
//   statement binding a customer party (shared ones included) in the documents where the provider
//   is responsible for something, with the clauses of the framework it serves, one row per chapter
//   of the framework and topic the statement belongs to. A statement citing no clause of the
//   framework comes once, with chapter null: the customer must still do it.
// Names a clause's chapter by its chapterUid and orders chapters by their sortKey: the importers write them (README, graph contract).
// @param provider party (required) provider party id, such as outscale
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param provider => 'outscale'
//   :param framework => 'secnumcloud-3.2'
//   :param skip => 0
//   :param limit => 5000
MATCH (provider:Party {id: $provider})-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
WITH provider, collect(DISTINCT s.id) AS sources
MATCH (customer:Party {role: 'customer'})-[:RESPONSIBLE_FOR]->(c:Control)
WHERE c.source IN sources
CALL (c) {
  OPTIONAL MATCH (c)-[:MAPS_TO]->(cl:Clause {framework: $framework})
  OPTIONAL MATCH (top:Clause {uid: cl.chapterUid})
  WITH top, cl
  ORDER BY cl.uid
  RETURN top, collect(DISTINCT cl.uid) AS clauses
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
  RETURN t
}
RETURN top.ref AS chapter, top.title AS chapterTitle, t.id AS topic, t.labelEn AS topicLabel,
       c.uid AS control, customer.id AS party, EXISTS { (provider)-[:RESPONSIBLE_FOR]->(c) } AS shared,
       c.source AS source, c.section AS section, c.sectionTitle AS sectionTitle, c.text AS text,
       c.referenceCell AS referenceCell, clauses
ORDER BY chapter IS NULL,
         top.sortKey,
         topicLabel IS NULL, topicLabel, c.source, c.line, c.ordinal
SKIP $skip LIMIT $limit
