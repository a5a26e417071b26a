// Purpose: every system (a customer's own application, role 'system'), to check a parameter and to list the valid values when it is wrong.
// Parameters: none.
MATCH (p:Party {role: 'system'})
RETURN p.id AS id
ORDER BY id
