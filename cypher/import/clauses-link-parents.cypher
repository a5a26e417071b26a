// Purpose: link each clause to its parent clause, or to its Framework when it has none. The
// latest catalog imported decides the tree: a parent link it does not give is removed, so a clause
// never hangs under two parents. Followed by clause-chapters-set with the same clauses, which gives
// them and the clauses below them their chapter.
// Parameters:
//   $clauses  list of maps {uid, framework, parentUid (null for a top-level clause)}
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:10.5.c', framework: 'secnumcloud-3.2', parentUid: 'secnumcloud-3.2:10.5'}]
UNWIND $clauses AS c
MATCH (cl:Clause {uid: c.uid})
OPTIONAL MATCH (parent:Clause {uid: c.parentUid})
OPTIONAL MATCH (fw:Framework {id: c.framework})
WITH cl, CASE WHEN c.parentUid IS NULL THEN fw ELSE parent END AS up
WHERE up IS NOT NULL
CALL (cl, up) {
  OPTIONAL MATCH (cl)-[old:PART_OF]->(other)
  WHERE other <> up
  DELETE old
}
MERGE (cl)-[:PART_OF]->(up)
