// Purpose: whether any document has been imported yet (decides the first-start import).
// Parameters: none.
MATCH (s:Source)
RETURN count(s) > 0 AS any
