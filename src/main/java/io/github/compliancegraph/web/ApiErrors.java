package io.github.compliancegraph.web;

import io.github.compliancegraph.imports.ImportRejectedException;
import io.github.compliancegraph.imports.ImportService.ImportInProgressException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors as {@code application/problem+json}, naming what is at fault; never a stack trace. */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Document rejected", e.getMessage());
    }

    @ExceptionHandler(ImportInProgressException.class)
    ProblemDetail busy(ImportInProgressException e) {
        return problem(HttpStatus.CONFLICT, "Import in progress", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
