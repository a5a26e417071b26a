// Purpose: the documents in which a provider is responsible for at least one statement, with their
// fingerprint and when they were last imported (an OSCAL export's version and last-modified).
// Parameters:
//   $provider  provider party id, string
// Example:
//   :param provider => 'outscale'
MATCH (:Party {id: $provider})-[:RESPONSIBLE_FOR]->(:Control)-[:FROM_SOURCE]->(s:Source)
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (r:ImportRun)-[:IMPORTED]->(s)
  RETURN max(r.finishedAt) AS importedAt
}
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.sha256 AS sha256, toString(importedAt) AS importedAt
ORDER BY id
