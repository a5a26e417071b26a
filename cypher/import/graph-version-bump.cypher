// Purpose: mark the graph as changed. Every import transaction runs this last, before its commit:
// writing the node takes its lock until the commit ends, so the mapping snapshot, whose reads check
// the version under the same lock (cypher/snapshot/lock.cypher), never holds an import half
// committed, from this app instance or any other on the same database. After changing mappings, citations or clauses by
// hand in Neo4j Browser, run it too, so that coverage and crosswalks see the change.
// Parameters: none.
MERGE (s:GraphState {id: 'graph'})
SET s.version = coalesce(s.version, 0) + 1, s.changedAt = datetime()
