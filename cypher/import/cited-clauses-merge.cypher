// Purpose: make sure every clause a document cites exists. A clause unknown to the framework's
// catalog (or cited before its catalog is imported) is created with inCatalog false, and the
// natural sort key of its ref (mapping.NaturalOrder), which traversals order by.
// Parameters:
//   $clauses  list of maps {uid, framework, ref, sortKey}
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:10.5.c', framework: 'secnumcloud-3.2', ref: '10.5.c', sortKey: '00010.00005.c.'}]
UNWIND $clauses AS c
MERGE (cl:Clause {uid: c.uid})
ON CREATE SET cl.framework = c.framework, cl.ref = c.ref, cl.sortKey = c.sortKey, cl.inCatalog = false
