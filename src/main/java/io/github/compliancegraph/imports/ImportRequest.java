package io.github.compliancegraph.imports;

import java.nio.file.Path;
import java.util.Map;

import io.github.compliancegraph.problem.InvalidParameterException;

/**
 * A file to import and what came with it.
 *
 * @param file      the file's name, a label for reports and messages (never a path to open)
 * @param options   the import's options (HTTP query or form parameters, command-line options)
 * @param directory where the file lies on the command line (a profile's catalog may lie beside it), or null
 * @param manifest   a sidecar manifest (YAML), or null
 * @param provenance where the file comes from, kept on its Source node; "imported from FILE" when null
 */
public record ImportRequest(String file, byte[] content, Map<String, String> options, Path directory, byte[] manifest,
        String provenance) {

    public ImportRequest {
        options = Map.copyOf(options);
        provenance = provenance == null ? "imported from " + file : provenance;
    }

    public ImportRequest(String file, byte[] content, Map<String, String> options) {
        this(file, content, options, null, null, null);
    }

    /** An option that must be given and be an id. */
    public String id(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "required for this kind of file");
        }
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new InvalidParameterException(name, "'" + value + "' is not an id (letters, digits, '.', '_', '-')");
        }
        return value;
    }

    /** An option that may be absent, and is an id when given. */
    public String optionalId(String name) {
        String value = options.get(name);
        return value == null || value.isBlank() ? null : id(name);
    }
}
