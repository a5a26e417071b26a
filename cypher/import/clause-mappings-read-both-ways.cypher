// Purpose: read each mapping between two clauses from both ends, once, when it is written, so that
// traversals and the mapping snapshot of coverage and crosswalks read these properties rather than
// work them out on every walk. `relationship` is the mapping read from its start clause;
// `reverseRelationship` is it read from its end clause (subset-of and superset-of swap, the others read
// the same both ways). `forwardConfidence` is how far coverage of the start clause carries to the end
// clause, `reverseConfidence` how far coverage of the end clause carries to the start: 1.0 (fully) where
// the covered clause is equal to the other or a superset of it, 0.5 (partly) for any other relationship,
// none for no-relationship, which carries nothing. Every import transaction that may write clause
// mappings (matrix co-citations, mapping sets, profiles, identifier links) runs it before it commits,
// for the mappings it wrote (those without a reverse reading yet); schema migration 0010 runs it for
// the mappings of a database written before. After adding mappings by hand, run it too.
// Parameters: none.
MATCH (:Clause)-[m:MAPS_TO]->(:Clause)
WHERE m.relationship IS NOT NULL AND m.reverseRelationship IS NULL
SET m.reverseRelationship = CASE m.relationship WHEN 'subset-of' THEN 'superset-of' WHEN 'superset-of' THEN 'subset-of'
                                                ELSE m.relationship END,
    m.forwardConfidence = CASE WHEN m.relationship IN ['equal', 'superset-of'] THEN 1.0
                               WHEN m.relationship <> 'no-relationship' THEN 0.5 END,
    m.reverseConfidence = CASE WHEN m.relationship IN ['equal', 'subset-of'] THEN 1.0
                               WHEN m.relationship <> 'no-relationship' THEN 0.5 END
