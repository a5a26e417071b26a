// Purpose: what the in-memory mapping snapshot (coverage, crosswalks) is checked against on every
// read: the version every import transaction increments, and four counts the database keeps in
// its count store (free to read), which also change when nodes or edges are added or deleted by
// hand. A snapshot whose fingerprint differs is read again.
// Parameters: none.
OPTIONAL MATCH (s:GraphState {id: 'graph'})
WITH coalesce(s.version, 0) AS version
CALL () { MATCH (c:Clause) RETURN count(c) AS clauses }
CALL () { MATCH ()-[m:MAPS_TO]->() RETURN count(m) AS mapsTo }
CALL () { MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r) AS responsibleFor }
CALL () { MATCH ()-[p:PART_OF]->() RETURN count(p) AS partOf }
RETURN version, clauses, mapsTo, responsibleFor, partOf
