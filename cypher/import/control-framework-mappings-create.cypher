// Purpose: link controls to a framework as a whole, where the reference cell names no clause
// (a bare "SNC").
// Parameters:
//   $mappings  list of maps {control, framework, asWritten}
// Example:
//   :param mappings => [{control: 'outscale-matrix:12:client:00000000', framework: 'secnumcloud-3.2', asWritten: 'SNC'}]
UNWIND $mappings AS m
MATCH (ctl:Control {uid: m.control})
MATCH (fw:Framework {id: m.framework})
CREATE (ctl)-[:MAPS_TO {asWritten: m.asWritten, resolution: 'framework'}]->(fw)
