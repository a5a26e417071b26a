// Purpose: which of these sources the database already holds (decides what the first start imports).
// Parameters:
//   $ids  source ids, list of strings
// Example:
//   :param ids => ['outscale-matrix', 'microsoft-mars-e', 'nist-sp800-53-r4-catalog']
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id
ORDER BY id
