// Purpose: benchmark baseline, OpenCRE-style gap analysis: allShortestPaths between every clause of
// one framework and every clause of another, up to 20 hops through any relationship. Run with a
// transaction timeout; the benchmark reports the bound when it is reached.
// Parameters:
//   $from  framework id, string
//   $to    framework id, string
// Example:
//   :param from => 'iso27001-2013'
//   :param to => 'secnumcloud-3.2'
MATCH (a:Clause {framework: $from})
MATCH (b:Clause {framework: $to})
MATCH p = allShortestPaths((a)-[*..20]-(b))
RETURN count(p) AS paths, count(DISTINCT a) AS fromClauses, count(DISTINCT b) AS toClauses
