// Traversal: coverage
// Purpose: how each assessable clause of a framework is covered: by the provider only, the
//   customer only, both (shared), only through a mapping from a clause of another framework that
//   controls cite (mapped, with the path and its confidence), or not at all (gap). A citation of a
//   parent clause (a whole sub-chapter) covers the requirements under it. Confidence along a
//   mapping path is its weakest link: equal and superset-of carry full coverage (1.0) in the
//   direction they are written, subset-of and intersects-with partial coverage (0.5).
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param party party = null count only this party's controls
// @param status string = null keep only clauses with this status: provider, customer, shared, mapped or gap
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param framework => 'iso27001-2013'
//   :param party => null
//   :param status => null
//   :param skip => 0
//   :param limit => 5000
MATCH (cl:Clause {framework: $framework, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
CALL (cl) {
  OPTIONAL MATCH (cl)-[:PART_OF*0..8]->(cited:Clause)<-[:MAPS_TO]-(c:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
  WHERE $party IS NULL OR p.id = $party
  RETURN collect(DISTINCT c.uid) AS controls, collect(DISTINCT p.id) AS parties, collect(DISTINCT p.role) AS roles
}
CALL (cl, controls) {
  OPTIONAL MATCH path = (cl)((x:Clause)-[r:MAPS_TO]-(y:Clause) WHERE r.relationship <> 'no-relationship'){1,3}(other:Clause)
  WHERE size(controls) = 0 AND other.framework <> cl.framework
    AND EXISTS { (other)<-[:MAPS_TO]-(:Control)<-[:RESPONSIBLE_FOR]-(p:Party) WHERE $party IS NULL OR p.id = $party }
  WITH path, nodes(path) AS ns, relationships(path) AS rs
  WITH path, reduce(confidence = 1.0, i IN range(0, coalesce(size(rs), 0) - 1) |
         CASE WHEN (startNode(rs[i]) = ns[i + 1] AND rs[i].relationship IN ['equal', 'superset-of'])
                OR (endNode(rs[i]) = ns[i + 1] AND rs[i].relationship IN ['equal', 'subset-of'])
              THEN confidence
              ELSE CASE WHEN confidence < 0.5 THEN confidence ELSE 0.5 END END) AS confidence
  ORDER BY confidence DESC, length(path)
  LIMIT 1
  RETURN CASE WHEN path IS NULL THEN null ELSE [n IN nodes(path) | n.uid] END AS mappingPath,
         CASE WHEN path IS NULL THEN null ELSE confidence END AS confidence
}
WITH cl, controls, parties, mappingPath, confidence,
     CASE WHEN 'provider' IN roles AND 'customer' IN roles THEN 'shared'
          WHEN 'provider' IN roles THEN 'provider'
          WHEN size(controls) > 0 THEN 'customer'
          WHEN mappingPath IS NOT NULL THEN 'mapped'
          ELSE 'gap' END AS status,
     [(cl)-[:PART_OF*0..8]->(top:Clause) WHERE NOT (top)-[:PART_OF]->(:Clause) | top] AS tops
WHERE $status IS NULL OR status = $status
RETURN cl.uid AS clause, cl.ref AS ref, cl.title AS title, tops[0].ref AS chapter, tops[0].title AS chapterTitle,
       status, parties, controls, mappingPath, confidence
ORDER BY reduce(k = '', x IN split(cl.ref, '.') |
                k + CASE WHEN x =~ '[0-9]+' THEN right('00000' + x, 5) ELSE x END + '.')
SKIP $skip LIMIT $limit
