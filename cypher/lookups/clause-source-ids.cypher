// Purpose: the id each clause of a framework has in the catalog it came from (an OSCAL catalog's
// ac-2.1, a CISO Assistant urn), for the control-ids of an OSCAL export; clauses without one are left out.
// Parameters:
//   $framework  framework id, string
// Example:
//   :param framework => 'nist-sp800-53-r5'
MATCH (cl:Clause {framework: $framework})
WHERE cl.sourceId IS NOT NULL
RETURN cl.uid AS uid, cl.sourceId AS sourceId
