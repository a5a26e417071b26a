// Purpose: write a catalog this project ships (identifiers and short titles of our own, see
// src/main/resources/catalogs). It is written again before every import, so it must not undo a
// fuller catalog imported since (a CISO Assistant library or an OSCAL catalog of the same
// framework, whose clauses carry the sourceId of their file): those clauses keep what their import
// wrote. Clauses known only from citations (inCatalog false) are filled in. Returns the uids written.
// Parameters:
//   $framework  framework id, string
//   $clauses    list of maps {uid, ref, title, text, order, assessable, withdrawn, sourceId}
// Example:
//   :param framework => 'secnumcloud-3.2'
//   :param clauses => [{uid: 'secnumcloud-3.2:10', ref: '10', title: 'Cryptography', text: null, order: 0, assessable: false, withdrawn: false, sourceId: null}]
UNWIND $clauses AS c
MERGE (cl:Clause {uid: c.uid})
WITH cl, c
WHERE cl.sourceId IS NULL
SET cl.framework = $framework, cl.ref = c.ref, cl.title = c.title, cl.text = c.text, cl.order = c.order,
    cl.assessable = c.assessable, cl.withdrawn = c.withdrawn, cl.inCatalog = true
RETURN cl.uid AS uid
