// Purpose: the clauses with a title or a text but no folded copy for the search yet (written before
// schema migration 0007), with their framework and whether its catalog is the one this project
// ships (no catalogSource: written in English); migration 0008 (search.FoldedTextMigration) folds them in Java.
// A profile's clauses (a baseline's selection of catalog clauses) are left unfolded: the search finds
// the catalog clause they select.
// Parameters: none.
MATCH (c:Clause)
WHERE c.foldedFr IS NULL AND c.foldedEn IS NULL AND (c.title IS NOT NULL OR c.text IS NOT NULL)
OPTIONAL MATCH (f:Framework {id: c.framework})
WITH c, f WHERE NOT exists { (f)-[:PROFILE_OF]->() }
RETURN c.uid AS uid, c.framework AS framework, c.ref AS ref, c.title AS title, c.text AS text,
       f.catalogSource IS NULL AS shipped
