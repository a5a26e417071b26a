// Purpose: the parties a party builds on, directly or through others (its chain downwards), to
// refuse a declaration that would make a chain loop.
// Parameters:
//   $party  party id
// Example:
//   :param party => 'cumulus'
MATCH (:Party {id: $party})-[:BUILDS_ON]->+(below:Party)
RETURN DISTINCT below.id AS id
ORDER BY id
