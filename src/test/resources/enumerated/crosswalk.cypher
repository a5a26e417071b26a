// Traversal: crosswalk
// Purpose: for each clause of one framework, its best paths to clauses of another, computed
//   live: direct mappings, co-citations in responsibility matrices, and hops through third
//   frameworks. A path never re-enters the starting framework. Confidence is the weakest link
//   (equal and superset-of in the direction of travel: 1.0; subset-of, intersects-with: 0.5); the
//   score divides it by the number of hops, so shorter paths of equal confidence rank first.
// @param from framework (required) framework to start from, such as iso27001-2013
// @param to framework (required) framework to reach, such as secnumcloud-3.2
// @param maxHops integer = 3 [1..4] longest path, in mapping hops
// @param perClause integer = 3 [1..20] best paths kept per clause of the starting framework
// Run in Neo4j Browser after:
//   :param from => 'iso27001-2013'
//   :param to => 'secnumcloud-3.2'
//   :param maxHops => 3
//   :param perClause => 3
MATCH (a:Clause {framework: $from})
// A quantifier's bounds must be literals, and nearly all paths of up to 4 hops are 4 hops long:
// expanding to 3 unless 4 are asked for keeps the usual query an order of magnitude cheaper.
CALL (a) {
  WITH a WHERE $maxHops <= 3
  MATCH path = (a)((x:Clause)-[r:MAPS_TO]-(y:Clause)
                   WHERE y.framework <> $from AND r.relationship <> 'no-relationship'){1,3}(b:Clause {framework: $to})
  RETURN path, b
  UNION ALL
  WITH a WHERE $maxHops > 3
  MATCH path = (a)((x:Clause)-[r:MAPS_TO]-(y:Clause)
                   WHERE y.framework <> $from AND r.relationship <> 'no-relationship'){1,4}(b:Clause {framework: $to})
  RETURN path, b
}
WITH a, b, path
WHERE length(path) <= $maxHops
WITH a, b, path, nodes(path) AS ns, relationships(path) AS rs
WITH a, b, path, rs, reduce(confidence = 1.0, i IN range(0, size(rs) - 1) |
       CASE WHEN (startNode(rs[i]) = ns[i] AND rs[i].relationship IN ['equal', 'superset-of'])
              OR (endNode(rs[i]) = ns[i] AND rs[i].relationship IN ['equal', 'subset-of'])
            THEN confidence
            ELSE CASE WHEN confidence < 0.5 THEN confidence ELSE 0.5 END END) AS confidence
WITH a, b, path, rs, confidence, confidence / length(path) AS score
ORDER BY a.uid, score DESC, b.uid
WITH a, collect({to: b.uid, hops: length(path), confidence: confidence, score: score,
                 path: [n IN nodes(path) | n.uid],
                 via: [rel IN rs | rel.relationship + ' (' + coalesce(rel.source, 'mapping') + ')']})[0..$perClause] AS best
UNWIND best AS row
RETURN a.uid AS from, row.to AS to, row.hops AS hops, row.confidence AS confidence, row.score AS score,
       row.path AS path, row.via AS via
ORDER BY reduce(k = '', x IN split(a.ref, '.') |
                k + CASE WHEN x =~ '[0-9]+' THEN right('00000' + x, 5) ELSE x END + '.'), score DESC, to
