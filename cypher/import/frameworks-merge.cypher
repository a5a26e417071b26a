// Purpose: create or update Framework nodes from the shipped registry (catalogs/frameworks.yaml).
// Parameters:
//   $frameworks  list of maps {id, name, version, publisher, description}
// Example:
//   :param frameworks => [{id: 'hds', name: 'HDS', version: null, publisher: 'ANS', description: null}]
UNWIND $frameworks AS f
MERGE (fw:Framework {id: f.id})
SET fw.name = f.name, fw.version = f.version, fw.publisher = f.publisher, fw.description = f.description
