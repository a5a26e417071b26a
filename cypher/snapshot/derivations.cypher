// Purpose: for the mapping snapshot of coverage, the frameworks a framework derives from
// (DERIVED_FROM: MARS-E 2.0 from NIST SP 800-53 rev 4). A framework without a catalog of its own is
// answered through the one it derives from, and says so.
// Parameters: none.
MATCH (f:Framework)-[d:DERIVED_FROM]->(base:Framework)
RETURN f.id AS framework, base.id AS base, d.source AS source
ORDER BY framework, base
