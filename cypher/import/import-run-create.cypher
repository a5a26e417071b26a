// Purpose: keep the report of an import next to the Source it imported.
// Parameters:
//   $source  source id, string
//   $run     map {id, startedAt (ISO-8601 string), durationMs, report (JSON string)}
// Example:
//   :param source => 'outscale-matrix'
//   :param run => {id: 'outscale-matrix@2026-01-01T00:00:00Z', startedAt: '2026-01-01T00:00:00Z', durationMs: 120, report: '{}'}
MATCH (s:Source {id: $source})
CREATE (r:ImportRun {id: $run.id, source: $source, startedAt: datetime($run.startedAt),
                     finishedAt: datetime(), durationMs: $run.durationMs, report: $run.report})
CREATE (r)-[:IMPORTED]->(s)
