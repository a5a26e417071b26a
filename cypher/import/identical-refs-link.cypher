// Purpose: link clauses of two frameworks that carry the same identifier (NIST SP 800-53 rev 4 and
// rev 5 controls, say). Same identifier is not same content, so the link is intersects-with,
// rationale 'syntactic', with the strength given (kept low), source 'identifier-match'.
// Parameters:
//   $from      framework id, string
//   $to        framework id, string
//   $strength  0-10, integer
// Example:
//   :param from => 'nist-sp800-53-r4'
//   :param to => 'nist-sp800-53-r5'
//   :param strength => 3
MATCH (a:Clause {framework: $from}), (b:Clause {framework: $to, ref: a.ref})
WHERE a.assessable AND b.assessable
MERGE (a)-[m:MAPS_TO {source: 'identifier-match'}]->(b)
SET m.relationship = 'intersects-with', m.rationale = 'syntactic', m.strength = $strength
RETURN count(m) AS links
