package io.github.compliancegraph.traversal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.compliancegraph.neo4j.CypherFiles;
import org.springframework.stereotype.Component;

/**
 * The named traversals, read at startup from {@code cypher/traversals/*.cypher}. Each file's header
 * comment gives its purpose ({@code // Purpose: ...}, continued on following comment lines) and
 * its parameters ({@code // @param ...}); a file without them fails startup.
 */
@Component
public class TraversalCatalog {

    static final String FOLDER = "traversals/";
    /** The question the explorer and the Browser guide open with: every SecNumCloud clause touching client key management. */
    public static final String FLAGSHIP = "clauses-touching";
    private static final Pattern PURPOSE = Pattern.compile("^//\\s*Purpose:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^//\\s*@param\\s+(\\w+)\\s+(\\w+)\\s+(?:\\((required)\\)|=\\s*(\\S+))(?:\\s+\\[(\\d+)\\.\\.(\\d+)])?\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^//\\s{2,}(\\S.*)$");
    private static final Pattern EXAMPLE = Pattern.compile("^//\\s+:param\\s+(\\w+)\\s*=>\\s*(.+)$");
    private static final Pattern HEAVY = Pattern.compile("^//\\s*@heavy\\b.*$");

    private final Map<String, Traversal> traversals = new TreeMap<>();

    public TraversalCatalog(CypherFiles cypher) {
        cypher.all().forEach((name, text) -> {
            if (name.startsWith(FOLDER)) {
                String shortName = name.substring(FOLDER.length());
                traversals.put(shortName, parse(shortName, text));
            }
        });
    }

    public List<Traversal> all() {
        return List.copyOf(traversals.values());
    }

    public Optional<Traversal> find(String name) {
        return Optional.ofNullable(traversals.get(name));
    }

    static Traversal parse(String name, String text) {
        var purpose = new StringBuilder();
        var parameters = new ArrayList<TraversalParameter>();
        var examples = new LinkedHashMap<String, String>();
        boolean inPurpose = false;
        boolean heavy = false;
        List<String> header = text.lines().takeWhile(l -> l.startsWith("//")).toList();
        for (String line : header) {
            Matcher p = PURPOSE.matcher(line);
            Matcher example = EXAMPLE.matcher(line);
            Matcher param = PARAM.matcher(line);
            Matcher more = CONTINUATION.matcher(line);
            if (p.matches()) {
                purpose.append(p.group(1));
                inPurpose = true;
            } else if (param.matches()) {
                inPurpose = false;
                String defaultValue = param.group(4) == null || param.group(4).equals("null") ? null : param.group(4);
                parameters.add(new TraversalParameter(param.group(1), param.group(2), param.group(3) != null, defaultValue,
                        param.group(5) == null ? null : Long.valueOf(param.group(5)),
                        param.group(6) == null ? null : Long.valueOf(param.group(6)), param.group(7)));
            } else if (HEAVY.matcher(line).matches()) {
                inPurpose = false;
                heavy = true;
            } else if (example.matches()) {
                examples.put(example.group(1), CypherLiteral.parse(example.group(2).strip()));
            } else if (inPurpose && more.matches()) {
                purpose.append(' ').append(more.group(1));
            } else {
                inPurpose = false;
            }
        }
        if (purpose.isEmpty()) {
            throw new IllegalStateException("cypher/" + FOLDER + name + ".cypher has no '// Purpose:' header");
        }
        String body = text.lines().skip(header.size()).collect(Collectors.joining("\n")).strip();
        return new Traversal(name, purpose.toString(), List.copyOf(parameters), Collections.unmodifiableMap(examples),
                heavy, text, body, "cypher/" + FOLDER + name + ".cypher");
    }
}
