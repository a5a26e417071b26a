package io.github.compliancegraph.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write that a page of another origin makes a browser send, before its credentials are checked
 * or its body read.
 *
 * <p>The API keeps no session, yet a browser given the importer's HTTP Basic credentials (at the read-access
 * prompt, say) sends them again with any request to this host, a cross-site {@code multipart/form-data} form
 * post included, which needs no CORS preflight. A CSRF token would need a session or a page to hand it out;
 * instead, as OWASP's CSRF cheat sheet recommends ("Verifying Origin With Standard Headers", "Fetch
 * Metadata headers"), the headers a browser sets itself and no page can forge say where a request comes
 * from: {@code Origin} and {@code Sec-Fetch-Site}. A client sending neither (curl, scripts) is no browser,
 * so no page can make it write, and it goes on.
 */
final class CrossOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    private final Set<String> allowedOrigins;
    private final ObjectMapper json;

    CrossOriginWriteFilter(List<String> allowedOrigins, ObjectMapper json) {
        this.allowedOrigins = allowedOrigins.stream().map(origin -> {
            String normalised = normalised(origin);
            if (normalised == null) {
                throw new IllegalArgumentException("compliance.security.allowed-origins: '" + origin
                        + "' is not an origin (scheme://host or scheme://host:port, nothing after)");
            }
            return normalised;
        }).collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal);
        problem.setTitle("Cross-origin write refused");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            problem.setProperty("origin", origin);
        }
        AccessConfiguration.problem(request, response, json, problem);
    }

    /** Why a write is refused, or null when it may go on. */
    private String refusal(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String site = request.getHeader(SEC_FETCH_SITE);
        String normalised = origin == null ? null : normalised(origin);
        if (normalised != null && allowedOrigins.contains(normalised)) {
            return null;
        }
        // scheme, host and port as this server sees them: behind a proxy, only what server.forward-headers-strategy trusts
        String own = request.getScheme().toLowerCase(Locale.ROOT) + "://" + request.getServerName().toLowerCase(Locale.ROOT)
                + ":" + request.getServerPort();
        if (origin != null && !own.equals(normalised)) {
            return refused("a write from origin " + origin, own);
        }
        // same-site is another origin too (a sibling subdomain, another port): refused unless listed
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            return refused("a write from a page of another " + ("same-site".equalsIgnoreCase(site) ? "origin on this site" : "site")
                    + " (" + SEC_FETCH_SITE + ": " + site + ")", own);
        }
        return null;
    }

    private static String refused(String write, String own) {
        return write + " is refused: writes are taken from pages of this server's own origin (" + own
                + ") and of compliance.security.allowed-origins only; clients sending no Origin, such as curl, are not concerned";
    }

    /**
     * An origin as {@code scheme://host:port}, lower case, the port made explicit; null for anything else,
     * {@code null} (a sandboxed page, a file, a redirect across origins) included.
     */
    private static String normalised(String origin) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
