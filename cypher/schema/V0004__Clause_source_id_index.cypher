// Purpose: find clauses by their id in the file they came from (mapping sets name clauses that way),
// and mapping edges by origin.
// Parameters: none.
CREATE INDEX clause_source_id IF NOT EXISTS FOR (c:Clause) ON (c.sourceId);
CREATE INDEX clause_in_catalog IF NOT EXISTS FOR (c:Clause) ON (c.inCatalog);
CREATE INDEX maps_to_source IF NOT EXISTS FOR ()-[m:MAPS_TO]-() ON (m.source);
