// Purpose: the cloud services a compliance-offering page declares in scope, who offers them, and
// the framework they are in scope of.
// Parameters:
//   $source     source id, string
//   $provider   party id of the provider, string
//   $framework  framework id the page is about, string
//   $services   list of maps {id, name}
// Example:
//   :param source => 'microsoft-mars-e'
//   :param provider => 'microsoft'
//   :param framework => 'mars-e-2.0'
//   :param services => [{id: 'azure', name: 'Azure'}]
MATCH (p:Party {id: $provider}), (fw:Framework {id: $framework})
UNWIND $services AS s
MERGE (svc:Service {id: s.id})
SET svc.name = s.name
MERGE (p)-[:OFFERS {source: $source}]->(svc)
MERGE (svc)-[:IN_SCOPE_OF {source: $source}]->(fw)
