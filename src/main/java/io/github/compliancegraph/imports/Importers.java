package io.github.compliancegraph.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.compliancegraph.problem.ImportTooLargeException;
import io.github.compliancegraph.problem.UnknownValueException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The one entry of file imports, over HTTP and on the command line: checks the file's size, then
 * hands it to the {@link Importer} of its kind.
 */
@Service
public class Importers {

    private final Map<String, Importer> byKind;
    private final DataSize maxFileSize;

    Importers(List<Importer> importers, ImportSettings settings) {
        this.byKind = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two importers of kind " + a.kind());
        }, TreeMap::new));
        this.maxFileSize = settings.maxFileSize();
    }

    /** The kinds of file {@link #importFile} reads. */
    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }

    public ImportReport importFile(String kind, ImportRequest request) {
        requireWithinLimit(request.file(), request.content().length);
        Importer importer = byKind.get(kind);
        if (importer == null) {
            throw new UnknownValueException("kind", kind, kinds());
        }
        return importer.importFile(request);
    }

    /** A file with its options alone (no directory, no sidecar manifest). */
    public ImportReport importFile(String kind, String file, byte[] content, Map<String, String> options) {
        return importFile(kind, new ImportRequest(file, content, options));
    }

    /** Refuses a file over {@code compliance.imports.max-file-size}, before anything reads it. */
    public void requireWithinLimit(String file, long size) {
        if (size > maxFileSize.toBytes()) {
            throw new ImportTooLargeException(file, size, maxFileSize);
        }
    }
}
