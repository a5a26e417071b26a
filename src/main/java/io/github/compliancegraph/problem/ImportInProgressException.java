package io.github.compliancegraph.problem;

/** Another import is writing; the caller may retry when it is done. */
public class ImportInProgressException extends RuntimeException {

    public ImportInProgressException() {
        super("another import is running; try again when it has finished");
    }
}
