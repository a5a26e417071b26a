package io.github.compliancegraph.browser;

/**
 * The guide and graph style Neo4j Browser loads once connected to the embedded database. Browser
 * fetches both from this app, so their address must carry the app's HTTP port, which is only known
 * in advance when it is not chosen at random.
 */
public final class BrowserGuide {

    /** Hosts Browser may fetch guides and styles from: this app, whichever name it is reached by locally. */
    public static final String HOSTS = "localhost,127.0.0.1";
    static final String GUIDE = "/guide/compliance.html";
    static final String STYLE = "/guide/compliance.grass";

    private BrowserGuide() {
    }

    /** Browser's post-connect commands: apply our style, open our guide (nothing when the port is random). */
    public static String postConnectCommand(int httpPort) {
        if (httpPort <= 0) {
            return "";
        }
        String app = "http://localhost:" + httpPort;
        return "style " + app + STYLE + "; play " + app + GUIDE;
    }
}
