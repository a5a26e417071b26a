package io.github.compliancegraph.browser;

import io.github.compliancegraph.neo4j.BrowserConnection;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guide and graph style Neo4j Browser loads once connected to the embedded database. Browser
 * fetches both from this app, so their address must carry the app's HTTP port, which is only known
 * in advance when it is not chosen at random.
 */
@Configuration(proxyBeanMethods = false)
class BrowserGuide {

    /** Hosts Browser may fetch guides and styles from: this app, whichever name it is reached by locally. */
    static final String HOSTS = "localhost,127.0.0.1";
    static final String GUIDE = "/guide/compliance.html";
    static final String STYLE = "/guide/compliance.grass";

    /** What the embedded database tells Browser once connected: apply our style, open our guide. */
    @Bean
    BrowserConnection browserConnection(ServerProperties server) {
        return new BrowserConnection(postConnectCommand(server.getPort() == null ? 0 : server.getPort()), HOSTS);
    }

    /** Browser's post-connect commands (nothing when the port is not known in advance: unset, or 0 for a random one). */
    static String postConnectCommand(int httpPort) {
        if (httpPort <= 0) {
            return "";
        }
        String app = "http://localhost:" + httpPort;
        return "style " + app + STYLE + "; play " + app + GUIDE;
    }
}
