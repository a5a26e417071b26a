// Traversal: clause
// Purpose: one clause, the controls that serve it with their parties and how the citation was
//   read, and the clauses of other frameworks the same controls serve (co-citation), each with the
//   controls that link them.
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
  RETURN [x IN collect({control: c.uid, party: p.id, section: c.section, text: c.text,
                        asWritten: m.asWritten, resolution: m.resolution, qualifier: m.qualifier})
          WHERE x.control IS NOT NULL] AS controls
}
CALL (cl) {
  OPTIONAL MATCH (cl)<-[:MAPS_TO]-(c:Control)-[:MAPS_TO]->(other:Clause)
  WHERE other.framework <> cl.framework
  WITH other, collect(DISTINCT c.uid) AS via
  ORDER BY other.uid
  RETURN [x IN collect({clause: other.uid, framework: other.framework, title: other.title, controls: via})
          WHERE x.clause IS NOT NULL] AS coCited
}
RETURN cl.uid AS uid, cl.framework AS framework, cl.ref AS ref, cl.title AS title,
       cl.inCatalog AS inCatalog, coalesce(parent.uid, parent.id) AS parent, children, controls, coCited
