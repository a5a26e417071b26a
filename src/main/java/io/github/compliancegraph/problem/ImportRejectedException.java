package io.github.compliancegraph.problem;

/** The document cannot be imported as given; the graph was left as it was. */
public class ImportRejectedException extends RuntimeException {

    public ImportRejectedException(String message) {
        super(message);
    }
}
