// Purpose: after a framework's catalog is imported, re-read how the controls' citations of it
// resolve: citations of clauses now in the catalog become 'exact', those kept as cited for want
// of a catalog become 'not-in-catalog'. Returns the latter, for the import report.
// Parameters:
//   $framework  framework id, string
// Example:
//   :param framework => 'secnumcloud-3.2'
MATCH (c:Control)-[m:MAPS_TO]->(cl:Clause {framework: $framework})
WHERE m.resolution IN ['uncatalogued', 'not-in-catalog', 'exact']
SET m.resolution = CASE WHEN cl.inCatalog THEN 'exact' ELSE 'not-in-catalog' END
WITH c, m, cl WHERE NOT cl.inCatalog
RETURN c.uid AS control, c.line AS line, c.section AS section, m.asWritten AS asWritten, cl.uid AS clause
ORDER BY line
