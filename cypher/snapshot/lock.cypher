// Purpose: taken first in the transaction that reads the mapping snapshot. Setting the version to
// itself changes nothing but holds the graph-state node's lock until that transaction ends; every
// import writes the same node before its commit, so no import commits while the snapshot is read.
// Parameters: none.
MERGE (s:GraphState {id: 'graph'}) ON CREATE SET s.version = 0
SET s.version = s.version
