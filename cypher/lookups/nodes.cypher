// Purpose: the label and a short caption of each node named by a path's ids (a clause or control
//   uid, or a framework, party or topic id), to draw a traversal's paths.
// Parameters:
//   $ids  list of uids and ids
// Example:
//   :param ids => ['client', 'secnumcloud-3.2:10.5.c', 'secnumcloud-3.2']
UNWIND $ids AS id
OPTIONAL MATCH (clause:Clause {uid: id})
OPTIONAL MATCH (control:Control {uid: id})
OPTIONAL MATCH (other) WHERE (other:Framework OR other:Party OR other:Topic) AND other.id = id
WITH id, coalesce(clause, control, other) AS n
RETURN id, head(labels(n)) AS label,
       CASE WHEN n:Clause THEN n.framework + ' ' + coalesce(n.label, n.ref)
            WHEN n:Control THEN left(n.text, 40) + CASE WHEN size(n.text) > 40 THEN '…' ELSE '' END
            ELSE coalesce(n.name, n.labelEn, id) END AS caption
