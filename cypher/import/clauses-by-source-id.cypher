// Purpose: clause uids by their id in the file they were imported from (CISO Assistant urn, OSCAL
// id), to resolve the ends of a mapping set.
// Parameters:
//   $ids  list of strings
// Example:
//   :param ids => ['urn:intuitem:risk:req_node:secnumcloud-3.2:5.2.a']
MATCH (cl:Clause)
WHERE cl.sourceId IN $ids
RETURN cl.sourceId AS sourceId, cl.uid AS uid
