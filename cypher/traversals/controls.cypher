// Traversal: controls
// Purpose: controls, filtered by any of party, framework (the control maps to it or one of its
//   clauses), topic, section, and words in the text; each with what it maps to and its topics (both by id).
// @param party party = null party id
// @param framework framework = null framework id
// @param topic topic = null topic id
// @param section string = null section of its source document, such as 13
// @param q string = null words the statement contains (case-insensitive)
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 100 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param party => 'client'
//   :param framework => null
//   :param topic => 'key-management'
//   :param section => null
//   :param q => null
//   :param skip => 0
//   :param limit => 100
MATCH (p:Party)-[:RESPONSIBLE_FOR]->(c:Control)
WHERE ($party IS NULL OR p.id = $party)
  AND ($section IS NULL OR c.section = $section)
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($framework IS NULL OR EXISTS { (c)-[:MAPS_TO]->(:Framework {id: $framework}) }
                          OR EXISTS { (c)-[:MAPS_TO]->(:Clause {framework: $framework}) })
CALL (c) {
  OPTIONAL MATCH (c)-[:MAPS_TO]->(target)
  WITH coalesce(target.uid, target.id) AS target ORDER BY target
  RETURN collect(target) AS mapsTo
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
  WITH t ORDER BY t.id
  RETURN collect(t.id) AS topics
}
RETURN c.uid AS uid, p.id AS party, c.source AS source, c.section AS section,
       c.sectionTitle AS sectionTitle, c.text AS text, c.lang AS lang, c.referenceCell AS referenceCell, mapsTo, topics
ORDER BY c.source, c.line, c.ordinal
SKIP $skip LIMIT $limit
