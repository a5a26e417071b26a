// Purpose: which imported catalogs hold clauses with these source ids (OSCAL ids), and how many;
// used to find the catalog a profile selects from when its import href names no file at hand.
// Parameters:
//   $ids  list of strings
// Example:
//   :param ids => ['ac-1', 'ac-2']
MATCH (cl:Clause)
WHERE cl.sourceId IN $ids
RETURN cl.framework AS framework, count(DISTINCT cl.sourceId) AS held
ORDER BY held DESC, framework
