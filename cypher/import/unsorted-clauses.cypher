// Purpose: the clauses written before schema migration 0010, which have no sortKey yet (nor a
// chapterUid): migration 0010 (imports.DerivedPropertiesMigration) works out their sort keys in Java,
// as the importers do, and then their chapters.
// Parameters: none.
MATCH (cl:Clause)
WHERE cl.sortKey IS NULL
RETURN cl.uid AS uid, cl.ref AS ref
