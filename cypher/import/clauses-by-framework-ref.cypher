// Purpose: catalog clauses by framework and ref, to resolve the ends of a CISO Assistant mapping set
// whose urns name no imported node (the shipped ISO/IEC 27001:2013 catalog has no urns). The ref is
// the urn's last segment: CISO Assistant writes it lower-cased with spaces as '-', so clause refs are
// compared written the same way ('A.5.1.1' meets 'a.5.1.1', '[EXI 01]' meets '[exi-01]'). Only catalog
// clauses: one known only from a citation may be a typo. A ref meeting two clauses resolves to neither.
// Parameters:
//   $requirements  list of maps {framework, ref}, ref lower case
// Example:
//   :param requirements => [{framework: 'iso27001-2013', ref: 'a.5.1.1'}, {framework: 'iso27001-2013', ref: '9.2'}]
UNWIND $requirements AS r
MATCH (cl:Clause {framework: r.framework, inCatalog: true})
WHERE replace(toLower(cl.ref), ' ', '-') = r.ref
WITH r, collect(cl.uid) AS uids
WHERE size(uids) = 1
RETURN r.framework AS framework, r.ref AS ref, uids[0] AS uid
