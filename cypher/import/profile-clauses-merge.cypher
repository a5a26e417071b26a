// Purpose: a profile (a baseline such as FedRAMP Moderate) as a Framework whose clauses select
// catalog clauses: each profile clause MAPS_TO the catalog clause it selects, relationship
// 'equal', source 'profile'; the profile framework is PROFILE_OF the catalog's. Profile clauses
// get no folded copy: the search finds the catalog clause they select, once, and names the
// baselines that select it (cypher/traversals/search.cypher). sortKey is the natural sort key of the
// clause's ref (mapping.NaturalOrder), which traversals order by.
// Parameters:
//   $profile   profile framework id, string
//   $catalog   catalog framework id, string
//   $clauses   list of maps {uid, ref, sortKey, title, parentUid, assessable, order, selects}
//              (selects: the catalog clause uid, null for grouping clauses)
// Example:
//   :param profile => 'fedramp-moderate-r4'
//   :param catalog => 'nist-sp800-53-r4'
//   :param clauses => [{uid: 'fedramp-moderate-r4:AC-2', ref: 'AC-2', sortKey: 'AC-2.', title: 'Account Management', parentUid: 'fedramp-moderate-r4:AC', assessable: true, order: 1, selects: 'nist-sp800-53-r4:AC-2'}]
MATCH (p:Framework {id: $profile}), (c:Framework {id: $catalog})
MERGE (p)-[:PROFILE_OF]->(c)
WITH p
OPTIONAL MATCH (old:Clause {framework: $profile})
DETACH DELETE old
WITH count(*) AS cleared
UNWIND $clauses AS cl
CREATE (n:Clause {uid: cl.uid, framework: $profile, ref: cl.ref, sortKey: cl.sortKey, title: cl.title, order: cl.order,
                  assessable: cl.assessable, withdrawn: false, inCatalog: true})
WITH n, cl
OPTIONAL MATCH (selected:Clause {uid: cl.selects})
FOREACH (_ IN CASE WHEN selected IS NULL THEN [] ELSE [1] END |
  CREATE (n)-[:MAPS_TO {relationship: 'equal', rationale: 'syntactic', strength: 10, source: 'profile'}]->(selected))
