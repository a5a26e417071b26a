package io.github.compliancegraph.explorer;

import java.util.List;

import io.github.compliancegraph.browser.BrowserLinks;
import io.github.compliancegraph.neo4j.BoltAddress;
import io.github.compliancegraph.problem.BusyException;
import io.github.compliancegraph.problem.InvalidParameterException;
import io.github.compliancegraph.problem.NoCatalogException;
import io.github.compliancegraph.problem.NotReadyException;
import io.github.compliancegraph.problem.TraversalTimedOutException;
import io.github.compliancegraph.problem.UnknownValueException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every explorer page shares: a content-security policy that lets it load nothing from any
 * other host, the link to Neo4j Browser, and bad ids or parameters shown as pages, not JSON.
 */
@ControllerAdvice(basePackageClasses = ExplorerAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExplorerAdvice {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final BoltAddress bolt;

    ExplorerAdvice(BoltAddress bolt) {
        this.bolt = bolt;
    }

    @ModelAttribute
    void page(HttpServletResponse response, Model model) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        model.addAttribute("browserHome", BrowserLinks.connect(bolt.uri()));
    }

    @ExceptionHandler(UnknownValueException.class)
    ModelAndView unknown(UnknownValueException e, HttpServletResponse response) {
        return problem(response, HttpStatus.NOT_FOUND, e.getMessage(), e.validValues());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView invalid(InvalidParameterException e, HttpServletResponse response) {
        return problem(response, HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoCatalogException.class)
    ModelAndView noCatalog(NoCatalogException e, HttpServletResponse response) {
        return problem(response, HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(BusyException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return problem(response, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
    }

    @ExceptionHandler(NotReadyException.class)
    ModelAndView notReady(NotReadyException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return problem(response, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
    }

    @ExceptionHandler(TraversalTimedOutException.class)
    ModelAndView timedOut(TraversalTimedOutException e, HttpServletResponse response) {
        return problem(response, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
    }

    private ModelAndView problem(HttpServletResponse response, HttpStatus status, String message, List<String> validValues) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        var page = new ModelAndView("explorer/problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("validValues", validValues);
        page.addObject("browserHome", BrowserLinks.connect(bolt.uri()));
        return page;
    }
}
