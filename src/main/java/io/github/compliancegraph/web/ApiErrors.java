package io.github.compliancegraph.web;

import io.github.compliancegraph.problem.BusyException;
import io.github.compliancegraph.problem.ImportInProgressException;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.problem.ImportTooLargeException;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.NoCatalogException;
import io.github.compliancegraph.problem.NotReadyException;
import io.github.compliancegraph.problem.TraversalTimedOutException;
import io.github.compliancegraph.problem.UnknownValueException;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors as {@code application/problem+json}, naming what is at fault; never a stack trace. */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UnknownValueException.class)
    ProblemDetail unknown(UnknownValueException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Unknown " + e.parameter(), e.getMessage());
        problem.setProperty("parameter", e.parameter());
        if (!e.validValues().isEmpty()) {
            problem.setProperty("validValues", e.validValues());
        }
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter " + e.parameter(), e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NoCatalogException.class)
    ProblemDetail noCatalog(NoCatalogException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Framework without a catalog", e.getMessage());
        problem.setProperty("parameter", "framework");
        return problem;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Document rejected", e.getMessage());
    }

    @ExceptionHandler(ImportTooLargeException.class)
    ProblemDetail tooLarge(ImportTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Document too large", e.getMessage());
    }

    @ExceptionHandler(ImportInProgressException.class)
    ProblemDetail busy(ImportInProgressException e) {
        return problem(HttpStatus.CONFLICT, "Import in progress", e.getMessage());
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Too many heavy queries at once", e.getMessage()));
    }

    @ExceptionHandler(NotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(NotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Importing the bundled documents", e.getMessage()));
    }

    @ExceptionHandler(TraversalTimedOutException.class)
    ProblemDetail timedOut(TraversalTimedOutException e) {
        return timedOut();
    }

    @ExceptionHandler(ClientException.class)
    ProblemDetail database(ClientException e) {
        if (QueryTimeouts.timedOut(e)) {
            return timedOut();
        }
        log.error("Query failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed", "the database refused the query: " + e.code());
    }

    private static ProblemDetail timedOut() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out",
                "the query ran longer than the configured timeout and was stopped; narrow it down");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
