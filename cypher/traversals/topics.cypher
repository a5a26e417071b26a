// Traversal: topics
// Purpose: the topic taxonomy, with labels and keywords in English and French (the tagging rule),
//   and how many controls each topic tags.
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 100 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param skip => 0
//   :param limit => 100
MATCH (t:Topic)
CALL (t) {
  OPTIONAL MATCH (c:Control)-[:ABOUT]->(t)
  RETURN count(c) AS controls
}
RETURN t.id AS id, t.labelEn AS labelEn, t.labelFr AS labelFr, t.keywordsEn AS keywordsEn,
       t.keywordsFr AS keywordsFr, controls
ORDER BY id
SKIP $skip LIMIT $limit
