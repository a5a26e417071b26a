// Purpose: benchmark generator: synthetic responsibility matrices, each with its provider and
// customer parties.
// Parameters:
//   $sources  list of maps {id, title, publisher, parties: [{id, name, role}]}
// Example:
//   :param sources => [{id: 'synthetic-matrix-001', title: 'Matrice synthétique 001', publisher: 'benchmark generator', parties: [{id: 'synthetic-provider-001', name: 'Provider 001', role: 'provider'}]}]
UNWIND $sources AS s
CREATE (:Source {id: s.id, title: s.title, publisher: s.publisher, language: 'fr', kind: 'synthetic-matrix',
                 provenance: 'benchmark generator', synthetic: true})
WITH s
UNWIND s.parties AS p
CREATE (:Party {id: p.id, name: p.name, role: p.role, synthetic: true})
