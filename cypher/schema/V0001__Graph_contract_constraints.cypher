// Purpose: uniqueness constraints and lookup indexes of the graph contract (see README).
// Applied at startup by neo4j-migrations, once per database, and written with IF NOT EXISTS
// so running it again by hand in Neo4j Browser changes nothing.
// Parameters: none.
CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (f:Framework) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT clause_uid IF NOT EXISTS FOR (c:Clause) REQUIRE c.uid IS UNIQUE;
CREATE CONSTRAINT control_uid IF NOT EXISTS FOR (c:Control) REQUIRE c.uid IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (p:Party) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (s:Service) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX clause_framework IF NOT EXISTS FOR (c:Clause) ON (c.framework, c.ref);
CREATE INDEX control_source IF NOT EXISTS FOR (c:Control) ON (c.source, c.section);
CREATE INDEX import_run_source IF NOT EXISTS FOR (r:ImportRun) ON (r.source, r.finishedAt);
