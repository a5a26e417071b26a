// Purpose: the latest import report of each source, or of one source.
// Parameters:
//   $source  source id, string, or null for every source
// Example:
//   :param source => null
MATCH (s:Source)
WHERE $source IS NULL OR s.id = $source
CALL (s) {
  MATCH (r:ImportRun)-[:IMPORTED]->(s)
  RETURN r ORDER BY r.finishedAt DESC LIMIT 1
}
RETURN s.id AS source, r.id AS run, toString(r.finishedAt) AS finishedAt, r.report AS report
ORDER BY source
