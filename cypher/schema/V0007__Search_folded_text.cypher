// Purpose: full-text indexes over the folded copies of statements and requirements that the search
// runs on (cypher/traversals/search.cypher). Neo4j's analyzers stem French but do not fold accents:
// "cles" and "clés" give different terms. So the importers write a folded copy of each text (lower
// case, no accents, io.github.compliancegraph.text.Folding) beside the original, and the search
// folds its query the same way: folding is then the same on both sides, in Java, whatever Neo4j
// server runs the index, and the analyzers keep their stemming and stop words. Requirements are
// indexed in their own language (foldedFr: SecNumCloud and HDS catalogs; foldedEn: NIST, ISO,
// FedRAMP, the catalogs this project ships, and the rest). Migration 0008 (Java) folds the texts of
// a database written before this one.
// Parameters: none.
CREATE FULLTEXT INDEX control_folded IF NOT EXISTS
FOR (c:Control) ON EACH [c.foldedText, c.foldedSectionTitle]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX clause_folded_fr IF NOT EXISTS
FOR (c:Clause) ON EACH [c.foldedFr]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX clause_folded_en IF NOT EXISTS
FOR (c:Clause) ON EACH [c.foldedEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
