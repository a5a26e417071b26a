// Traversal: neighbourhood
// Purpose: the graph around one clause, one row per edge, for drawing: its chain of parents up to
//   the framework, its sub-clauses, the controls that map to it with the parties responsible for
//   them, the other clauses those controls also map to, and the clauses a mapping links it to.
//   Each end comes with its label and a short caption.
// @param clause clause (required) clause uid, such as secnumcloud-3.2:10.5.c
// @param limit integer = 300 [1..2000] edges to return
// Run in Neo4j Browser after:
//   :param clause => 'secnumcloud-3.2:10.5.c'
//   :param limit => 300
MATCH (cl:Clause {uid: $clause})
CALL (cl) {
  MATCH path = (cl)-[:PART_OF*1..8]->()
  UNWIND relationships(path) AS r
  RETURN r
  UNION
  MATCH (cl)<-[r:PART_OF]-(:Clause)
  RETURN r
  UNION
  MATCH (cl)<-[r:MAPS_TO]-(:Control)
  RETURN r
  UNION
  MATCH (cl)<-[:MAPS_TO]-(:Control)<-[r:RESPONSIBLE_FOR]-(:Party)
  RETURN r
  UNION
  MATCH (cl)<-[:MAPS_TO]-(:Control)-[r:MAPS_TO]->(other:Clause)
  WHERE other <> cl
  RETURN r
  UNION
  MATCH (cl)-[r:MAPS_TO]-(:Clause)
  RETURN r
}
WITH r, [n IN [startNode(r), endNode(r)] | {
       id: coalesce(n.uid, n.id), label: head(labels(n)),
       caption: CASE WHEN n:Clause THEN n.framework + ' ' + coalesce(n.label, n.ref)
                     WHEN n:Control THEN left(n.text, 40) + CASE WHEN size(n.text) > 40 THEN '…' ELSE '' END
                     ELSE coalesce(n.name, n.id) END}] AS ends
RETURN ends[0].id AS source, ends[0].label AS sourceLabel, ends[0].caption AS sourceCaption,
       type(r) AS type, r.relationship AS relationship,
       ends[1].id AS target, ends[1].label AS targetLabel, ends[1].caption AS targetCaption
ORDER BY type, source, target
LIMIT $limit
