// Purpose: every framework id, to check a parameter and to list the valid values when it is wrong.
// Parameters: none.
MATCH (f:Framework)
RETURN f.id AS id
ORDER BY id
