// Purpose: create or update the Topic nodes of the taxonomy (src/main/resources/topics/topics.yaml),
// keywords included so the tagging rules can be read in the graph.
// Parameters:
//   $topics  list of maps {id, labelEn, labelFr, keywordsEn, keywordsFr}
// Example:
//   :param topics => [{id: 'key-management', labelEn: 'Key management', labelFr: 'Gestion des clés', keywordsEn: ['key'], keywordsFr: ['clé']}]
UNWIND $topics AS t
MERGE (topic:Topic {id: t.id})
SET topic.labelEn = t.labelEn, topic.labelFr = t.labelFr,
    topic.keywordsEn = t.keywordsEn, topic.keywordsFr = t.keywordsFr
