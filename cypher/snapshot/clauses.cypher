// Purpose: every clause, for the in-memory mapping snapshot of coverage and crosswalks: where it
// sits (framework, parent, chapter), what it is called and shown as (its ref, or the label of a clause
// its catalog gives no ref), the key it sorts by, and whether coverage counts it (assessable and not
// withdrawn). Sort key and chapter as the importers write them (sortKey, chapterUid). A clause with
// two parents comes twice.
// Parameters: none.
MATCH (cl:Clause)
OPTIONAL MATCH (cl)-[:PART_OF]->(parent:Clause)
RETURN cl.uid AS uid, cl.framework AS framework, cl.ref AS ref, cl.sortKey AS sortKey, coalesce(cl.label, cl.ref) AS label,
       cl.title AS title, cl.chapterUid AS chapter,
       coalesce(cl.assessable = true AND NOT coalesce(cl.withdrawn, false), false) AS assessable, parent.uid AS parent
