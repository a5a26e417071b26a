// Purpose: every topic id, to check a parameter and to list the valid values when it is wrong.
// Parameters: none.
MATCH (t:Topic)
RETURN t.id AS id
ORDER BY id
