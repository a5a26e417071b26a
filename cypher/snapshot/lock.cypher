// Purpose: taken first in the short transactions that read the graph's fingerprint before and after
// the mapping snapshot is read (and, when imports keep landing, in one that holds it throughout the
// read). Setting the version to itself changes nothing but takes the graph-state node's lock until
// the transaction ends; every import holds the same lock from its version increment to the end of its
// commit, so no import is half visible while the fingerprint is read.
// Parameters: none.
MERGE (s:GraphState {id: 'graph'}) ON CREATE SET s.version = 0
SET s.version = s.version
