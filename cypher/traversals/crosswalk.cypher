// Traversal: crosswalk
// Purpose: for each clause of one framework, its best clauses in another: through direct
//   mappings, co-citations in responsibility matrices, and hops through third frameworks, never
//   back through the starting framework. A path's confidence is 1.0 where coverage carries fully
//   along every hop in the direction walked (equal, superset-of), else 0.5; its score is the
//   confidence per hop. Each (from, to) pair comes once, with its best path: the highest score,
//   then full confidence, then the first by the uids of its clauses read from the target back.
//   Mappings between the same two clauses (a set and its reverse, or two sources) are one
//   relation: `via` gives each hop's mappings and their sources, `sources` all of them. Paths are
//   selected with ALL SHORTEST, never enumerated.
// Orders by each clause's sortKey, names its chapter by its chapterUid and walks each mapping by its
// forwardConfidence, reverseConfidence and reverseRelationship: the importers write them (README, graph contract).
// @heavy: runs at most compliance.api.heavy.concurrency at once
// The API answers it from an in-memory snapshot of the mapping graph, with exactly this file's rows (tested).
// @param from framework (required) framework to start from, such as iso27001-2013
// @param to framework (required) framework to reach, such as secnumcloud-3.2
// @param maxHops integer = 3 [1..4] longest path, in relations
// @param perClause integer = 3 [1..20] best target clauses kept per clause of the starting framework
// Run in Neo4j Browser after:
//   :param from => 'iso27001-2013'
//   :param to => 'secnumcloud-3.2'
//   :param maxHops => 3
//   :param perClause => 3
MATCH (a:Clause {framework: $from})
CALL (a) {
  MATCH path = ALL SHORTEST (a)((x:Clause)-[r:MAPS_TO]-(y:Clause)
                 WHERE y.framework <> $from
                   AND ((startNode(r) = x AND r.forwardConfidence = 1.0)
                     OR (endNode(r) = x AND r.reverseConfidence = 1.0))){1,4}(b:Clause {framework: $to})
  WHERE length(path) <= $maxHops
  RETURN b, path, 1.0 AS confidence
  UNION
  MATCH path = ALL SHORTEST (a)((x:Clause)-[r:MAPS_TO]-(y:Clause)
                 WHERE y.framework <> $from AND r.forwardConfidence IS NOT NULL){1,4}(b:Clause {framework: $to})
  WHERE length(path) <= $maxHops
  RETURN b, path, 0.5 AS confidence
}
WITH a, b, nodes(path) AS hops, confidence, confidence / length(path) AS score
ORDER BY score DESC, confidence DESC, reverse([n IN hops | n.uid])
WITH a, b, collect({hops: hops, confidence: confidence, score: score})[0] AS best
ORDER BY best.score DESC, b.uid
WITH a, collect({to: b, best: best})[0..$perClause] AS top
UNWIND top AS row
WITH a, row.to AS b, row.best.hops AS hops, row.best.confidence AS confidence, row.best.score AS score
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
  WITH i, collect(relationship + ' (' + reduce(s = '', x IN sources | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')') AS said,
       reduce(all = [], x IN collect(sources) | all + x) AS sources
  ORDER BY i
  WITH collect(reduce(s = '', x IN said | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)) AS via,
       reduce(all = [], x IN collect(sources) | all + x) AS sources
  RETURN via, COLLECT { UNWIND sources AS source RETURN DISTINCT source ORDER BY source } AS sources
}
OPTIONAL MATCH (fromTop:Clause {uid: a.chapterUid})
OPTIONAL MATCH (toTop:Clause {uid: b.chapterUid})
RETURN a.uid AS from, fromTop.ref AS fromChapter, b.uid AS to, toTop.ref AS toChapter,
       size(hops) - 1 AS hops,
       confidence, score, [n IN hops | n.uid] AS path, via, sources
ORDER BY a.sortKey, from, score DESC, to
