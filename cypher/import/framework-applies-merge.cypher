// Purpose: the parties a framework applies to, with the text saying so.
// Parameters:
//   $source     source id, string
//   $framework  framework id, string
//   $parties    list of party ids
//   $evidence   string
// Example:
//   :param source => 'microsoft-mars-e'
//   :param framework => 'mars-e-2.0'
//   :param parties => ['aca-exchanges']
//   :param evidence => '...'
MATCH (fw:Framework {id: $framework})
UNWIND $parties AS id
MATCH (p:Party {id: id})
MERGE (fw)-[r:APPLIES_TO {source: $source}]->(p)
SET r.evidence = $evidence
