// Purpose: benchmark generator: create synthetic frameworks (flagged synthetic: true).
// Parameters:
//   $frameworks  list of maps {id, name, version, publisher, description}
// Example:
//   :param frameworks => [{id: 'synthetic-01', name: 'Synthetic framework 01', version: '1', publisher: 'benchmark generator', description: 'generated'}]
UNWIND $frameworks AS f
CREATE (:Framework {id: f.id, name: f.name, version: f.version, publisher: f.publisher,
                    description: f.description, synthetic: true})
