// Purpose: which of these clause uids exist, to report the ends of a mapping set that do not.
// Parameters:
//   $uids  list of clause uids
// Example:
//   :param uids => ['iso27001-2013:A.9.2.1', 'nowhere:1']
MATCH (cl:Clause)
WHERE cl.uid IN $uids
RETURN cl.uid AS uid
