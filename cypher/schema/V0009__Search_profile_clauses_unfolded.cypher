// Purpose: a profile's clauses (a FedRAMP baseline's selection of NIST controls) leave the search
// indexes: each repeated the title of the catalog clause it selects, so "key management" listed SC-12
// four times (the catalog and three baselines) and pushed other frameworks' requirements off the
// page. The search now finds the catalog clause once and names the baselines that select it; the
// profile importer no longer writes these folded copies, and this removes those of older databases.
// Parameters: none.
MATCH (profile:Framework)-[:PROFILE_OF]->(:Framework)
MATCH (c:Clause {framework: profile.id})
WHERE c.foldedFr IS NOT NULL OR c.foldedEn IS NOT NULL
REMOVE c.foldedFr, c.foldedEn;
