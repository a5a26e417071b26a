package io.github.compliancegraph.neo4j;

import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j Community in-process with Bolt on localhost, so the app, Neo4j Browser and any
 * driver talk to it the same way they would talk to a server. Skipped entirely when
 * {@code spring.neo4j.uri} names an external server: Spring Boot's own driver configuration
 * then takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, CypherFiles cypher,
            ObjectProvider<BrowserConnection> browser) {
        long started = System.nanoTime();
        var builder = new DatabaseManagementServiceBuilder(properties.home().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address,
                        new SocketAddress(properties.boltAddress(), properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
                .setConfig(GraphDatabaseSettings.auth_enabled, properties.boltAuth())
                .setConfig(ServerSettings.allow_telemetry, false)
                // Bolt's event loops otherwise wait 5 s for quiet, twice, at every stop: by then the app's own driver is
                // closed and any other client is cut off anyway (8 s a stop; the test JVM, closing six, outlived Surefire)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        // Neo4j Browser reads these once connected, such as a guide and a style this app serves
        browser.ifAvailable(connection -> builder
                .setConfig(ServerSettings.browser_post_connect_cmd, connection.postConnectCommand())
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, connection.contentHosts()));
        DatabaseManagementService dbms = builder.build();
        if (properties.boltAuth()) {
            setBoltPassword(dbms, properties, cypher);
        }
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on {}:{}, {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.home().toAbsolutePath(),
                properties.boltAddress(), boltPort(dbms),
                properties.boltAuth() ? "login required (user " + EmbeddedNeo4jProperties.BOLT_USER + ")" : "no authentication");
        return dbms;
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
        return GraphDatabase.driver(boltUri(embeddedNeo4j, properties), authToken(properties),
                Config.builder().withoutEncryption().build());
    }

    private static String boltUri(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties) {
        return "bolt://" + properties.boltAddress() + ":" + boltPort(dbms);
    }

    private static AuthToken authToken(EmbeddedNeo4jProperties properties) {
        return properties.boltAuth() ? AuthTokens.basic(EmbeddedNeo4jProperties.BOLT_USER, properties.boltPassword())
                : AuthTokens.none();
    }

    /**
     * Sets the neo4j user's password unless it already is the configured one (Neo4j refuses to set a
     * password to its current value); a new database starts with neo4j/neo4j, to be changed.
     */
    private static void setBoltPassword(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties, CypherFiles cypher) {
        try (Driver probe = GraphDatabase.driver(boltUri(dbms, properties), authToken(properties),
                Config.builder().withoutEncryption().build())) {
            if (probe.verifyAuthentication(authToken(properties))) {
                return;
            }
        } catch (AuthenticationException notYet) {
            // the password differs: set it below
        }
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                cypher.get("system/bolt-password-set"), Map.of("password", properties.boltPassword()));
    }

    /** The port Bolt really listens on, which differs from the configured one when that was 0. */
    public static int boltPort(DatabaseManagementService dbms) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }
}
