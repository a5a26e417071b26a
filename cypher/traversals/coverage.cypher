// Traversal: coverage
// Purpose: how each assessable clause of a framework is covered: by the provider only (or a third
//   party it outsources to), the customer only, both (shared), by an audit of a provider's service (attested: the service is
//   AUDITED_AGAINST the framework, or a profile selecting the clause, such as Azure's FedRAMP
//   Moderate audit for 325 NIST SP 800-53 rev 4 controls), only through a mapping from a clause of
//   another framework that statements cite (mapped), or not at all (gap). Statements win over
//   audits, audits over mappings. A citation of a parent clause (a whole sub-chapter) covers the
//   requirements under it; a reference to a whole NIST family (resolution 'family', listed in the
//   import report) is too coarse to cover any. `attestedBy` lists the audits as party/service/audited framework. A
//   mapped clause carries the best path to a cited clause, at most three relations long: full
//   confidence (1.0) where coverage carries fully along every hop (equal, or superset-of read from
//   the cited side), else partial (0.5); then the shortest; then the first by the uids of its
//   clauses. Mappings between the same two clauses (a set and its reverse, or two sources) are one
//   relation: `via` gives each hop's mappings and their sources. Paths are selected with ALL
//   SHORTEST, never enumerated. A framework with no assessable clause of its own that derives from
//   another (MARS-E 2.0 from NIST SP 800-53 rev 4, DERIVED_FROM) is answered with that one's clauses.
//   `label` is what to show the clause as: its ref, or for a clause its catalog gives no ref, its
//   place and the start of its title.
// Orders by each clause's sortKey, names its chapter by its chapterUid and walks each mapping by its
// forwardConfidence, reverseConfidence and reverseRelationship: the importers write them (README, graph contract).
// @heavy: runs at most compliance.api.heavy.concurrency at once
// The API answers it from an in-memory snapshot of the mapping graph, with exactly this file's rows (tested).
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param party party = null count only this party's statements
// @param status string = null keep only clauses with this status: provider, customer, shared, attested, mapped or gap
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 5000 [1..20000] rows to return
// Run in Neo4j Browser after:
//   :param framework => 'iso27001-2013'
//   :param party => null
//   :param status => null
//   :param skip => 0
//   :param limit => 5000
OPTIONAL MATCH (:Framework {id: $framework})-[:DERIVED_FROM]->(base:Framework)
WITH base ORDER BY base.id LIMIT 1
WITH CASE WHEN base IS NOT NULL AND NOT EXISTS {
            MATCH (own:Clause {framework: $framework, assessable: true}) WHERE NOT coalesce(own.withdrawn, false) }
          THEN base.id ELSE $framework END AS answering
MATCH (cl:Clause {framework: answering, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
CALL (cl) {
  OPTIONAL MATCH (cl)-[:PART_OF*0..8]->(:Clause)<-[m:MAPS_TO]-(c:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
  WHERE ($party IS NULL OR p.id = $party) AND m.resolution <> 'family'
  WITH DISTINCT c.uid AS control, p.id AS party, p.role AS role
  ORDER BY control
  WITH collect(DISTINCT control) AS controls, collect(party) AS cited, collect(DISTINCT role) AS roles
  RETURN controls, roles, COLLECT { UNWIND cited AS party RETURN DISTINCT party ORDER BY party } AS parties
}
CALL (cl) {
  OPTIONAL MATCH (p:Party)-[:OFFERS]->(svc:Service)-[:AUDITED_AGAINST]->(audited:Framework)
  WHERE ($party IS NULL OR p.id = $party)
    AND (cl.framework = audited.id
         OR EXISTS { (sel:Clause {framework: audited.id, assessable: true})-[:MAPS_TO {source: 'profile'}]->(cl)
                     WHERE NOT coalesce(sel.withdrawn, false) })
  WITH DISTINCT p.id + '/' + svc.id + '/' + audited.id AS attestation
  ORDER BY attestation
  RETURN collect(attestation) AS attestedBy
}
OPTIONAL CALL (cl, controls, attestedBy) {
  WITH cl WHERE size(controls) = 0 AND size(attestedBy) = 0
  CALL (cl) {
    MATCH path = ALL SHORTEST (cl)((x:Clause)-[r:MAPS_TO]-(y:Clause)
                   WHERE (startNode(r) = y AND r.forwardConfidence = 1.0)
                      OR (endNode(r) = y AND r.reverseConfidence = 1.0)){1,3}(other:Clause)
    WHERE other.framework <> cl.framework
      AND EXISTS { (other)<-[m:MAPS_TO]-(:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
                   WHERE ($party IS NULL OR p.id = $party) AND m.resolution <> 'family' }
    RETURN path, 1.0 AS confidence
    UNION
    MATCH path = ALL SHORTEST (cl)((x:Clause)-[r:MAPS_TO]-(y:Clause) WHERE r.forwardConfidence IS NOT NULL){1,3}(other:Clause)
    WHERE other.framework <> cl.framework
      AND EXISTS { (other)<-[m:MAPS_TO]-(:Control)<-[:RESPONSIBLE_FOR]-(p:Party)
                   WHERE ($party IS NULL OR p.id = $party) AND m.resolution <> 'family' }
    RETURN path, 0.5 AS confidence
  }
  WITH nodes(path) AS hops, confidence
  ORDER BY confidence DESC, size(hops), [n IN hops | n.uid]
  LIMIT 1
  CALL (hops) {
    UNWIND range(0, size(hops) - 2) AS i
    WITH i, hops[i] AS x, hops[i + 1] AS y
    MATCH (x)-[m:MAPS_TO]-(y)
    WHERE m.forwardConfidence IS NOT NULL
    WITH i, CASE WHEN startNode(m) = x THEN m.relationship ELSE m.reverseRelationship END AS relationship,
         coalesce(m.source, 'mapping') AS source
    ORDER BY i, relationship, source
    WITH i, relationship, collect(DISTINCT source) AS sources
    ORDER BY i, relationship
    WITH i, collect(relationship + ' (' + reduce(s = '', x IN sources | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')') AS said
    ORDER BY i
    RETURN collect(reduce(s = '', x IN said | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)) AS via
  }
  RETURN [n IN hops | n.uid] AS mappingPath, confidence, via
}
WITH cl, controls, parties, attestedBy, mappingPath, confidence, via,
     CASE WHEN any(r IN roles WHERE r IN ['provider', 'third-party']) AND 'customer' IN roles THEN 'shared'
          WHEN any(r IN roles WHERE r IN ['provider', 'third-party']) THEN 'provider'
          WHEN size(controls) > 0 THEN 'customer'
          WHEN size(attestedBy) > 0 THEN 'attested'
          WHEN mappingPath IS NOT NULL THEN 'mapped'
          ELSE 'gap' END AS status
WHERE $status IS NULL OR status = $status
OPTIONAL MATCH (top:Clause {uid: cl.chapterUid})
RETURN cl.uid AS clause, cl.ref AS ref, coalesce(cl.label, cl.ref) AS label, cl.title AS title,
       top.ref AS chapter, top.title AS chapterTitle,
       status, parties, controls, attestedBy, mappingPath, confidence, via
ORDER BY cl.sortKey, clause
SKIP $skip LIMIT $limit
