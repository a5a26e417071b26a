// Purpose: what the explorer shows clauses as, for rows that name them by uid only: each clause's
//   framework, its name (its ref, or the label of a clause its catalog gives no ref) and its heading
//   (ref and title, or the label, which holds the start of the title).
// Parameters:
//   $uids  list of clause uids
// Example:
//   :param uids => ['secnumcloud-3.2:10', 'secnumcloud-3.2:10.5.c']
UNWIND $uids AS uid
MATCH (cl:Clause {uid: uid})
RETURN cl.uid AS uid, cl.framework AS framework, coalesce(cl.label, cl.ref) AS name,
       coalesce(cl.label, cl.ref + coalesce(' ' + cl.title, '')) AS heading
