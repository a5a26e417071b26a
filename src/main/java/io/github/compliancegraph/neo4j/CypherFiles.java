package io.github.compliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher the app runs, read once from the {@code cypher/} folder (packaged on the classpath).
 * Statements are named by their path without extension, such as {@code import/controls-create};
 * the files are the single source of truth and run unchanged in Neo4j Browser after {@code :param}.
 */
@Component
public class CypherFiles {

    private static final String ROOT = "cypher/";

    private final Map<String, String> statements = new TreeMap<>();

    public CypherFiles() {
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher")) {
                String url = file.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                statements.put(name, file.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cypher/ folder", e);
        }
    }

    /** The statement in {@code cypher/<name>.cypher}; fails fast on a name with no file. */
    public String get(String name) {
        String statement = statements.get(name);
        if (statement == null) {
            throw new IllegalStateException("no cypher/" + name + ".cypher on the classpath");
        }
        return statement;
    }

    public Map<String, String> all() {
        return Map.copyOf(statements);
    }
}
