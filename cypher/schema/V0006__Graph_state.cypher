// Purpose: the graph's version, one GraphState node. Every import transaction increments its
// version (cypher/import/graph-version-bump.cypher); coverage and crosswalks keep an in-memory
// snapshot of the mapping graph and check it against that version on every read.
// Parameters: none.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (s:GraphState) REQUIRE s.id IS UNIQUE;
