// Purpose: find the clauses of one framework. The composite index on (framework, ref) serves only
// queries giving both; coverage, crosswalks and clause lists give the framework alone, and without
// this index scanned every clause (benchmark, docs/benchmarks.md).
// Parameters: none.
CREATE INDEX clause_framework_only IF NOT EXISTS FOR (c:Clause) ON (c.framework);
