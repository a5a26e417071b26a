// Purpose: for the mapping snapshot of coverage, the clauses an audit attests. A provider's service
// audited against a framework or profile (AUDITED_AGAINST) attests every assessable clause of it,
// and the catalog clauses the profile selects (its MAPS_TO edges of source 'profile'): Azure's
// FedRAMP Moderate audit attests the 325 NIST SP 800-53 rev 4 controls that baseline selects.
// One row per clause and audit.
// Parameters: none.
MATCH (p:Party)-[:OFFERS]->(svc:Service)-[a:AUDITED_AGAINST]->(audited:Framework)
MATCH (cl:Clause {framework: audited.id, assessable: true})
WHERE NOT coalesce(cl.withdrawn, false)
CALL (cl) {
  RETURN cl AS attested
  UNION
  MATCH (cl)-[:MAPS_TO {source: 'profile'}]->(attested:Clause)
  RETURN attested
}
RETURN DISTINCT attested.uid AS clause, p.id AS party, svc.id AS service, audited.id AS audit
