// Purpose: benchmark generator: controls whose reference cell names only a framework.
// Parameters:
//   $mappings  list of maps {control, framework, asWritten}
// Example:
//   :param mappings => [{control: 'synthetic-matrix-001:3:synthetic-provider-001:17', framework: 'synthetic-01', asWritten: 'SYN01'}]
UNWIND $mappings AS m
MATCH (c:Control {uid: m.control}), (f:Framework {id: m.framework})
CREATE (c)-[:MAPS_TO {asWritten: m.asWritten, resolution: 'framework'}]->(f)
