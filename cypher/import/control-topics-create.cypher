// Purpose: tag controls with the topics they are about; the keyword that matched is kept on the
// edge, so each tag explains itself.
// Parameters:
//   $tags  list of maps {control, topic, keyword}
// Example:
//   :param tags => [{control: 'outscale-matrix:13:outscale:00000000', topic: 'key-management', keyword: 'clés'}]
UNWIND $tags AS t
MATCH (c:Control {uid: t.control}), (topic:Topic {id: t.topic})
CREATE (c)-[:ABOUT {keyword: t.keyword, rule: 'keyword'}]->(topic)
