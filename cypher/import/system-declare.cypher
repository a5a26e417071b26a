// Purpose: a customer's own system (a party with role 'system') and the providers it builds on,
// as POST /api/systems declares them: the party is created or updated and its BUILDS_ON edges are
// replaced by those declared, each keeping what declared it.
// Parameters:
//   $system    map {id, name, description}
//   $buildsOn  list of provider party ids (each checked to exist before)
//   $source    what declared it (api:systems)
//   $evidence  what declared it, for people
// Example:
//   :param system => {id: 'health-records-app', name: 'Health records application', description: null}
//   :param buildsOn => ['cumulus']
//   :param source => 'api:systems'
//   :param evidence => 'declared by importer through POST /api/systems at 2026-12-01T22:00:00Z'
MERGE (s:Party {id: $system.id})
SET s.name = $system.name, s.role = 'system', s.description = $system.description
WITH s
OPTIONAL MATCH (s)-[old:BUILDS_ON]->()
DELETE old
WITH DISTINCT s
UNWIND $buildsOn AS id
MATCH (p:Party {id: id})
CREATE (s)-[:BUILDS_ON {source: $source, evidence: $evidence}]->(p)
