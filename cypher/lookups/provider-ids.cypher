// Purpose: every party with the provider role, to check a parameter and to list the valid values when it is wrong.
// Parameters: none.
MATCH (p:Party {role: 'provider'})
RETURN p.id AS id
ORDER BY id
