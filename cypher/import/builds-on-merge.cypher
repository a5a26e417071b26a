// Purpose: a provider builds on others (a platform on an infrastructure provider), as the manifest
// or the import options of one of its documents declare (buildsOn). Each edge keeps the source that
// declared it, so importing that source again replaces it (import/source-reset); nothing is
// inferred without a source.
// Parameters:
//   $party     the provider's party id
//   $buildsOn  list of provider party ids it builds on (each checked to exist before)
//   $source    the id of the source declaring it
//   $evidence  what declared it, for people
// Example:
//   :param party => 'cumulus'
//   :param buildsOn => ['outscale']
//   :param source => 'cumulus-matrix'
//   :param evidence => 'buildsOn in the manifest of cumulus-matrix'
MATCH (p:Party {id: $party})
UNWIND $buildsOn AS id
MATCH (below:Party {id: id})
MERGE (p)-[r:BUILDS_ON {source: $source}]->(below)
SET r.evidence = $evidence
