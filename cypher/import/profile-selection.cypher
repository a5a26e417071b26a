// Purpose: the catalog clauses a profile selects, found by their OSCAL ids, each with its chain of
// ancestors up to its chapter, the catalog's top level (nearest first), to rebuild the tree inside
// the profile.
// Parameters:
//   $catalog  catalog framework id, string
//   $ids      list of OSCAL control ids, such as ['ac-2', 'ac-2.1']
// Example:
//   :param catalog => 'nist-sp800-53-r4'
//   :param ids => ['ac-2', 'ac-2.1']
MATCH (cl:Clause {framework: $catalog})
WHERE cl.sourceId IN $ids
OPTIONAL MATCH chain = (cl)-[:PART_OF*0..8]->(:Clause {uid: cl.chapterUid})
RETURN cl.sourceId AS sourceId, cl.uid AS uid, cl.ref AS ref, cl.title AS title,
       [n IN tail(nodes(chain)) | {ref: n.ref, title: n.title, uid: n.uid}] AS ancestors
