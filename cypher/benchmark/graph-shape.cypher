// Purpose: benchmark: the size of the graph (frameworks, clauses, controls, MAPS_TO edges, all nodes
// and relationships), reported with each scale.
// Parameters: none.
CALL () { MATCH (f:Framework) RETURN count(f) AS frameworks }
CALL () { MATCH (c:Clause) RETURN count(c) AS clauses }
CALL () { MATCH (c:Control) RETURN count(c) AS controls }
CALL () { MATCH ()-[m:MAPS_TO]->() RETURN count(m) AS mapsTo }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN frameworks, clauses, controls, mapsTo, nodes, relationships
