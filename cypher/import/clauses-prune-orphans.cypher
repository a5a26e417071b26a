// Purpose: remove clauses that exist only because a document once cited them, when no control
// or mapping cites them, or anything below them, any more (after a re-import of a changed document).
// Catalog clauses are never removed here.
// Parameters: none.
MATCH (cl:Clause {inCatalog: false})
WHERE NOT EXISTS { (cl)<-[:PART_OF*0..]-(:Clause)<-[:MAPS_TO]-() }
  AND NOT EXISTS { (cl)<-[:PART_OF*1..]-(:Clause {inCatalog: true}) }
DETACH DELETE cl
