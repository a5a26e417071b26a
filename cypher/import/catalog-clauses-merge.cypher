// Purpose: write a framework's catalog clauses. A clause already created from a citation
// (inCatalog false) is filled in rather than duplicated, since both share the uid framework:ref.
// foldedFr or foldedEn (the other null) is the folded copy of its ref, title and text the search
// indexes in the catalog's language (see cypher/schema/V0007__Search_folded_text.cypher). sortKey is
// the natural sort key of its ref (4.2 before 4.10: mapping.NaturalOrder), which traversals order by.
// Parameters:
//   $framework  framework id, string
//   $clauses    list of maps {uid, ref, sortKey, title, text, order, assessable, withdrawn, sourceId, foldedFr, foldedEn}
// Example:
//   :param framework => 'iso27001-2013'
//   :param clauses => [{uid: 'iso27001-2013:A.9', ref: 'A.9', sortKey: 'A.00009.', title: 'Access control', text: null, order: 1, assessable: false, withdrawn: false, sourceId: null, foldedFr: null, foldedEn: 'a.9 access control'}]
UNWIND $clauses AS c
MERGE (cl:Clause {uid: c.uid})
SET cl.framework = $framework, cl.ref = c.ref, cl.sortKey = c.sortKey, cl.title = c.title, cl.text = c.text, cl.order = c.order,
    cl.assessable = c.assessable, cl.withdrawn = c.withdrawn, cl.sourceId = c.sourceId, cl.inCatalog = true,
    cl.foldedFr = c.foldedFr, cl.foldedEn = c.foldedEn
