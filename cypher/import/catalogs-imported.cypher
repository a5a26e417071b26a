// Purpose: the frameworks whose catalog was imported from a file (a CISO Assistant library, an OSCAL
// or CSV catalog): the shipped catalog of such a framework yields to it and is not written again.
// Parameters: none.
MATCH (fw:Framework)
WHERE fw.catalogSource IS NOT NULL
RETURN collect(fw.id) AS frameworks
