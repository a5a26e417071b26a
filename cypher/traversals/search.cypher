// Traversal: search
// Purpose: full-text search in three groups: the topics named (by id), then the statements
//   (Control) and the requirements (Clause) that a Lucene query finds in their folded text. Folded
//   text is lower case and without accents (the importers write it beside the original text), so
//   the query must be folded too: GET /api/search makes it from the words typed (escaped, folded,
//   with their glossary translations) and says what each hit matched; here the query is run as it
//   is. Statements are searched in foldedText and foldedSectionTitle (index control_folded,
//   French), requirements in their folded ref, title and text (foldedFr or foldedEn, indexes
//   clause_folded_fr and clause_folded_en, French or English analyzer). A baseline's clauses (FedRAMP
//   profiles) are not indexed: the catalog clause they select is found once, with the baselines that
//   select it. A requirement's label is its ref, or its place and title where it has no ref. Each
//   group is ordered by relevance and paged on its own by skip and limit: the first 20 of each by
//   default, the page people read first.
// @param q fulltext = null Lucene query over folded text, such as cles cryptographiques
// @param topics string = null topic ids, comma-separated, such as key-management
// @param skip integer = 0 [0..1000000] rows to skip in each group
// @param limit integer = 20 [1..1000] rows to return in each group
// Run in Neo4j Browser after:
//   :param q => 'cle key clef "key management" "gestion des cles"'
//   :param topics => 'key-management'
//   :param skip => 0
//   :param limit => 20
CALL () {
  WITH [id IN split(coalesce($topics, ''), ',') WHERE trim(id) <> '' | trim(id)] AS ids
  UNWIND range(0, size(ids) - 1) AS position
  MATCH (t:Topic {id: ids[position]})
  WITH t, position ORDER BY position SKIP $skip LIMIT $limit
  RETURN 0 AS groupOrder, position, 'topic' AS kind, t.id AS id, null AS ref, null AS label, t.labelEn + ' / ' + t.labelFr AS title,
         null AS text, null AS lang, [] AS parties, null AS framework, [] AS baselines, null AS source, null AS score
  UNION ALL
  WITH $q AS query WHERE query IS NOT NULL
  // the index ranks and cuts: a common word matches hundreds of nodes, and only a page of them is wanted
  CALL db.index.fulltext.queryNodes('control_folded', query, {skip: $skip, limit: $limit}) YIELD node, score
  RETURN 1 AS groupOrder, 0 AS position, 'statement' AS kind, node.uid AS id, node.statementId AS ref,
         null AS label, node.sectionTitle AS title, node.text AS text, node.lang AS lang,
         COLLECT { MATCH (p:Party)-[:RESPONSIBLE_FOR]->(node) RETURN p.id ORDER BY p.id } AS parties,
         null AS framework, [] AS baselines, node.source AS source, score
  UNION ALL
  WITH $q AS query WHERE query IS NOT NULL
  CALL (query) {
    CALL db.index.fulltext.queryNodes('clause_folded_fr', query, {limit: $skip + $limit}) YIELD node, score
    RETURN node, score, 'fr' AS lang
    UNION ALL
    CALL db.index.fulltext.queryNodes('clause_folded_en', query, {limit: $skip + $limit}) YIELD node, score
    RETURN node, score, 'en' AS lang
  }
  WITH node, score, lang ORDER BY score DESC, node.uid SKIP $skip LIMIT $limit
  RETURN 2 AS groupOrder, 0 AS position, 'requirement' AS kind, node.uid AS id, node.ref AS ref,
         coalesce(node.label, node.ref) AS label, node.title AS title, node.text AS text, lang, [] AS parties,
         node.framework AS framework,
         COLLECT { MATCH (b:Clause)-[:MAPS_TO {source: 'profile'}]->(node) RETURN b.framework ORDER BY b.framework } AS baselines,
         null AS source, score
}
RETURN kind, id, ref, label, title, text, lang, parties, framework, baselines, source, score
ORDER BY groupOrder, position, score DESC, id
