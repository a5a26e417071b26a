// Purpose: create or update Framework nodes from the shipped registry (catalogs/frameworks.yaml), or
// for a catalog imported from a file, whose Source id is then kept as catalogSource and the file's
// packaging version as libraryVersion (both left as they are when catalogSource is absent, as it
// is from the registry, which is written again at every start).
// Parameters:
//   $frameworks  list of maps {id, name, version, publisher, description, catalogSource (optional),
//                libraryVersion (optional)}
// Example:
//   :param frameworks => [{id: 'hds', name: 'HDS', version: null, publisher: 'ANS', description: null}]
UNWIND $frameworks AS f
MERGE (fw:Framework {id: f.id})
SET fw.name = f.name, fw.version = f.version, fw.publisher = f.publisher, fw.description = f.description,
    fw.libraryVersion = CASE WHEN f.catalogSource IS NULL THEN fw.libraryVersion ELSE f.libraryVersion END,
    fw.catalogSource = coalesce(f.catalogSource, fw.catalogSource)
