// Purpose: every party id, to check a parameter and to list the valid values when it is wrong.
// Parameters: none.
MATCH (p:Party)
RETURN p.id AS id
ORDER BY id
