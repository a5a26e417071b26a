// Purpose: which framework a service was audited against, with the sentence saying so.
// Parameters:
//   $source  source id, string
//   $audits  list of maps {service, framework, evidence}
// Example:
//   :param source => 'microsoft-mars-e'
//   :param audits => [{service: 'azure', framework: 'fedramp-moderate-r4', evidence: '...'}]
UNWIND $audits AS a
MATCH (svc:Service {id: a.service}), (fw:Framework {id: a.framework})
MERGE (svc)-[r:AUDITED_AGAINST {source: $source}]->(fw)
SET r.evidence = a.evidence
