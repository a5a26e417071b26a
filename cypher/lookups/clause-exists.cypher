// Purpose: whether a clause uid exists.
// Parameters:
//   $uid  clause uid, string
// Example:
//   :param uid => 'secnumcloud-3.2:10.5.c'
MATCH (cl:Clause {uid: $uid})
RETURN cl.uid AS uid
