// Purpose: write the folded copies of statements that the search indexes (schema migration 0008).
// Parameters:
//   $controls  list of maps {uid, foldedText, foldedSectionTitle}
// Example:
//   :param controls => [{uid: 'outscale-matrix:13:outscale:00000000', foldedText: 'le client gere ses cles.', foldedSectionTitle: 'cryptographie'}]
UNWIND $controls AS c
MATCH (ctl:Control {uid: c.uid})
SET ctl.foldedText = c.foldedText, ctl.foldedSectionTitle = c.foldedSectionTitle
