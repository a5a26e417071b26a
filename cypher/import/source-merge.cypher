// Purpose: create or update the Source node of an imported document.
// Parameters:
//   $source  map {id, title, publisher, date, language, sha256, file, kind, provenance}
// Example:
//   :param source => {id: 'outscale-matrix', title: 'Matrice des responsabilités', publisher: '3DS OUTSCALE', date: null, language: 'fr', sha256: '...', file: 'x.txt', kind: 'responsibility-matrix', provenance: '...'}
MERGE (s:Source {id: $source.id})
SET s.title = $source.title, s.publisher = $source.publisher, s.date = $source.date,
    s.language = $source.language, s.sha256 = $source.sha256, s.file = $source.file,
    s.kind = $source.kind, s.provenance = $source.provenance
