// Purpose: set what a catalog's clauses are shown as. A clause its catalog gives no ref (a CISO
// Assistant heading or bullet, whose ref is only its urn's last segment, such as node329) is shown
// by its label, its place and the start of its title ("12.2.b ¶1 la date et l’heure…"); the others
// by their ref, so their label is removed (a catalog imported again may number what it did not).
// The uid stays framework:ref either way: mappings and citations name clauses by it.
// Parameters:
//   $clauses  list of maps {uid, label (null for a clause with a ref)}
// Example:
//   :param clauses => [{uid: 'secnumcloud-3.2:node329', label: '12.2.b ¶1 la date et l’heure programmées du début et de la fin des opérations;'}]
UNWIND $clauses AS c
MATCH (cl:Clause {uid: c.uid})
SET cl.label = c.label
