// Purpose: give the embedded database's neo4j user the configured Bolt password (compliance.embedded.bolt-password),
//   when Bolt authentication is on (compliance.embedded.bolt-auth). Runs against the system database.
// @param password string (required) the password Bolt clients log in with, as user neo4j
// Run in Neo4j Browser (database "system") after:
//   :param password => 'choose-a-long-one'
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
