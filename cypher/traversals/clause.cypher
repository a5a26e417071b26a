// Traversal: clause
// Purpose: one clause, the controls that serve it with their parties and how the citation was
//   read, the clauses of other frameworks the same controls serve (co-citation), each with the
//   controls that link them, and the clauses a mapping links it to, each once whatever the number
//   of mappings between the two (a set and its reverse, several sources): the relationships read
//   from this clause with their sources, and the best confidence that coverage of the other clause
//   carries to this one (1.0 full, 0.5 partial; none for no-relationship). `label` is what to show
//   a clause as: its ref, or for a clause its catalog gives no ref, its place and title.
// Reads each mapping from this clause's end by its reverseRelationship, forwardConfidence and
// reverseConfidence: the importers write them (README, graph contract).
// @param clause clause (required) clause uid, such as secnumcloud-3.2:10.5.c
// Run in Neo4j Browser after:
//   :param clause => 'iso27001-2013:A.9.2.1'
MATCH (cl:Clause {uid: $clause})
OPTIONAL MATCH (cl)-[:PART_OF]->(parent)
CALL (cl) {
  OPTIONAL MATCH (child:Clause)-[:PART_OF]->(cl)
  WITH child ORDER BY child.uid
  RETURN collect(child.uid) AS children
}
CALL (cl) {
  OPTIONAL MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[m:MAPS_TO]->(cl)
  WITH p, c, m ORDER BY c.source, c.line
  RETURN [x IN collect({control: c.uid, party: p.id, section: c.section, text: c.text, lang: c.lang,
                        asWritten: m.asWritten, resolution: m.resolution, qualifier: m.qualifier})
          WHERE x.control IS NOT NULL] AS controls
}
CALL (cl) {
  OPTIONAL MATCH (cl)<-[:MAPS_TO]-(c:Control)-[:MAPS_TO]->(other:Clause)
  WHERE other.framework <> cl.framework
  WITH other, collect(DISTINCT c.uid) AS via
  ORDER BY other.uid
  RETURN [x IN collect({clause: other.uid, framework: other.framework, label: coalesce(other.label, other.ref),
                        title: other.title, controls: via})
          WHERE x.clause IS NOT NULL] AS coCited
}
CALL (cl) {
  OPTIONAL MATCH (cl)-[m:MAPS_TO]-(other:Clause)
  WITH other, coalesce(m.source, 'mapping') AS source,
       CASE WHEN startNode(m) = cl THEN m.relationship ELSE m.reverseRelationship END AS relationship,
       CASE WHEN startNode(m) = other THEN m.forwardConfidence ELSE m.reverseConfidence END AS confidence
  ORDER BY other.uid, relationship, source
  WITH other, relationship, collect(DISTINCT source) AS sources, max(confidence) AS confidence
  ORDER BY other.uid, relationship
  WITH other, collect(relationship + ' (' + reduce(s = '', x IN sources | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')') AS said,
       reduce(all = [], x IN collect(sources) | all + x) AS sources, max(confidence) AS confidence
  ORDER BY other.uid
  RETURN [x IN collect({clause: other.uid, framework: other.framework, label: coalesce(other.label, other.ref),
                        title: other.title, relationship: reduce(s = '', x IN said | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x),
                        sources: COLLECT { UNWIND sources AS source RETURN DISTINCT source ORDER BY source },
                        confidence: confidence})
          WHERE x.clause IS NOT NULL] AS mappings
}
RETURN cl.uid AS uid, cl.framework AS framework, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label,
       cl.title AS title, cl.text AS text,
       cl.inCatalog AS inCatalog, coalesce(parent.uid, parent.id) AS parent, children, controls, coCited, mappings
