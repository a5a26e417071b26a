// Purpose: link controls to the clauses their reference cells cite.
// Parameters:
//   $mappings  list of maps {control, clause, asWritten, resolution, qualifier}
// Example:
//   :param mappings => [{control: 'outscale-matrix:13:outscale:00000000', clause: 'secnumcloud-3.2:10.5.c', asWritten: 'SNC – 10.5 c)', resolution: 'uncatalogued', qualifier: null}]
UNWIND $mappings AS m
MATCH (ctl:Control {uid: m.control})
MATCH (cl:Clause {uid: m.clause})
CREATE (ctl)-[:MAPS_TO {asWritten: m.asWritten, resolution: m.resolution, qualifier: m.qualifier}]->(cl)
