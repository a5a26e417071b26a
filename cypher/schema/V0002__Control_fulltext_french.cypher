// Purpose: full-text index over control statements, analysed in French so that a search for
// "clé" also finds "clés" and "cle" (plural and accent folding).
// Query it with: CALL db.index.fulltext.queryNodes('control_text', $q)
// Parameters: none.
CREATE FULLTEXT INDEX control_text IF NOT EXISTS
FOR (c:Control) ON EACH [c.text, c.sectionTitle]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
