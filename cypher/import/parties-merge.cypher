// Purpose: create or update the parties a document names.
// Parameters:
//   $parties  list of maps {id, name, role}
// Example:
//   :param parties => [{id: 'outscale', name: 'Outscale', role: 'provider'}]
UNWIND $parties AS p
MERGE (party:Party {id: p.id})
SET party.name = p.name, party.role = p.role
