// Purpose: the statements that have no folded copy for the search yet (written before schema
// migration 0007); migration 0008 (search.FoldedTextMigration) folds them in Java.
// Parameters: none.
MATCH (c:Control)
WHERE c.foldedText IS NULL AND c.text IS NOT NULL
RETURN c.uid AS uid, c.text AS text, c.sectionTitle AS sectionTitle
