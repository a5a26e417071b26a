// Traversal: clauses-touching
// Purpose: every clause of a framework touching a party's topic. A clause is touched directly
//   when a control of the party, about the topic, maps to it; at the boundary when a control of
//   another party about the same topic maps to it (the commitments the party's own work relies
//   on); a control citing only the framework gives a framework-level row. Direct rows rank first.
//   Each row carries the path that put it there: party, control, clause, parents, framework.
// Orders by each clause's sortKey, which the importers write (README, graph contract).
// @param framework framework (required) framework id, such as secnumcloud-3.2
// @param party party (required) party id, such as client
// @param topic topic (required) topic id, such as key-management
// Run in Neo4j Browser after:
//   :param framework => 'secnumcloud-3.2'
//   :param party => 'client'
//   :param topic => 'key-management'
MATCH (fw:Framework {id: $framework}), (t:Topic {id: $topic}), (asked:Party {id: $party})
MATCH (owner:Party)-[:RESPONSIBLE_FOR]->(c:Control)-[about:ABOUT]->(t)
MATCH (c)-[:MAPS_TO]->(target)
WHERE target = fw OR (target:Clause AND target.framework = fw.id)
WITH fw, target, c, owner, about,
     CASE WHEN target = fw THEN 'framework' WHEN owner = asked THEN 'direct' ELSE 'boundary' END AS link
ORDER BY c.uid
WITH fw, target, link, collect(c) AS controls, collect(DISTINCT owner.id) AS parties,
     head(collect({owner: owner, control: c, keyword: about.keyword})) AS first
MATCH path = (owner:Party)-[:RESPONSIBLE_FOR]->(control:Control)-[:MAPS_TO]->(target)-[:PART_OF*0..8]->(fw)
WHERE owner = first.owner AND control = first.control
WITH target, link, controls, parties, first, path
ORDER BY length(path)
WITH target, link, controls, parties, first, head(collect(path)) AS path
RETURN coalesce(target.uid, target.id) AS clause,
       link,
       [c IN controls | c.uid] AS controls,
       parties,
       [n IN nodes(path) | coalesce(n.uid, n.id)] AS path,
       first.keyword AS matchedKeyword,
       target.title AS title
ORDER BY CASE link WHEN 'direct' THEN 0 WHEN 'framework' THEN 1 ELSE 2 END,
         target.sortKey
