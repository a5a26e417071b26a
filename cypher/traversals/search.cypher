// Traversal: search
// Purpose: full-text search of control statements, analysed in French (plural and accents
//   folded, Lucene syntax accepted), plus the topics whose English or French label or keyword
//   contains one of the words. Topics first, then controls by relevance.
// @param q fulltext (required) words to look for, such as clé
// @param skip integer = 0 [0..1000000] rows to skip
// @param limit integer = 50 [1..1000] rows to return
// Run in Neo4j Browser after:
//   :param q => 'clé'
//   :param skip => 0
//   :param limit => 50
CALL () {
  MATCH (t:Topic)
  WITH t, [w IN split(toLower($q), ' ') WHERE w <> ''] AS words
  WHERE any(w IN words WHERE toLower(t.labelEn) CONTAINS w OR toLower(t.labelFr) CONTAINS w
                          OR any(k IN t.keywordsEn + t.keywordsFr WHERE toLower(k) = w))
  RETURN 'topic' AS kind, t.id AS id, t.labelEn + ' / ' + t.labelFr AS text, null AS lang, null AS party,
         null AS source, 0 AS rank, null AS score
  UNION
  CALL db.index.fulltext.queryNodes('control_text', $q) YIELD node, score
  MATCH (p:Party)-[:RESPONSIBLE_FOR]->(node)
  RETURN 'control' AS kind, node.uid AS id, node.text AS text, node.lang AS lang, p.id AS party,
         node.source AS source, 1 AS rank, score
}
RETURN kind, id, text, lang, party, source, score
ORDER BY rank, score DESC, id
SKIP $skip LIMIT $limit
