// Purpose: write the sort keys of clauses written before schema migration 0010 (the importers write
// a clause's sortKey with the clause): the natural order of refs, each dot-separated number padded to
// five digits so that 4.2 sorts before 4.10 (mapping.NaturalOrder).
// Parameters:
//   $clauses  list of maps {uid, sortKey}
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:10.5.c', sortKey: '00010.00005.c.'}]
UNWIND $clauses AS c
MATCH (cl:Clause {uid: c.uid})
SET cl.sortKey = c.sortKey
