package io.github.compliancegraph.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.StringUtils;

/**
 * Reads open to all, or to the reader and importer accounts when {@code compliance.security.read-access}
 * is {@code authenticated}; writes only for the importer account, and only from this server's own
 * pages or from clients that are no browser. HTTP Basic, without sessions.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    static final String IMPORTER = "IMPORTER";
    static final String READER = "READER";
    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    SecurityFilterChain access(HttpSecurity http, ObjectMapper json, AccessProperties access) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"compliance-graph\"");
            problem(request, response, json, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "this request needs credentials (HTTP Basic): " + e.getMessage());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(request, response, json, HttpStatus.FORBIDDEN,
                "Not allowed", "this account may not " + request.getMethod() + " " + request.getRequestURI()
                        + "; writing needs the importer's credentials");
        boolean open = access.readAccess() == AccessProperties.ReadAccess.OPEN;
        return http
                // no session, so no CSRF token to hand out; cross-site writes are refused by their
                // Origin and Sec-Fetch-Site headers instead, where the token check would stand
                .csrf(csrf -> csrf.disable())
                .addFilterAt(new CrossOriginWriteFilter(access.allowedOrigins(), json), CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // probes and scrapers carry no credentials; health says UP or DOWN and nothing more
                    requests.requestMatchers("/error", "/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    for (HttpMethod read : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
                        var reads = requests.requestMatchers(read, "/**");
                        if (open) {
                            reads.permitAll();
                        } else {
                            reads.hasAnyRole(READER, IMPORTER);
                        }
                    }
                    requests.anyRequest().hasRole(IMPORTER);
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
                .build();
    }

    /** A URL the firewall refuses (encoded slashes, "..", "//") is the client's error, answered like the others. */
    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return (request, response, e) -> problem(request, response, json, HttpStatus.BAD_REQUEST, "Request rejected",
                "the URL is refused: " + e.getMessage());
    }

    /**
     * Tomcat would refuse an encoded slash itself, with an HTML page; passed through, it reaches the
     * firewall above, which refuses it as a problem like any other.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(AccessProperties access, PasswordEncoder encoder) {
        var accounts = new InMemoryUserDetailsManager();
        if (StringUtils.hasText(access.importerPassword())) {
            accounts.createUser(User.withUsername(access.importerUsername())
                    .password(encoder.encode(access.importerPassword())).roles(IMPORTER, READER).build());
        } else {
            log.warn("compliance.security.importer-password is not set: imports over HTTP are refused");
        }
        if (StringUtils.hasText(access.readerPassword())) {
            accounts.createUser(User.withUsername(access.readerUsername())
                    .password(encoder.encode(access.readerPassword())).roles(READER).build());
        }
        if (access.readAccess() == AccessProperties.ReadAccess.AUTHENTICATED) {
            log.info("compliance.security.read-access=authenticated: reads need the reader's or the importer's credentials");
        }
        return accounts;
    }

    /** Security refusals answer like every other error: {@code application/problem+json}. */
    private static void problem(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
            HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem(request, response, json, problem);
    }

    /** The same for a problem built by a filter of this package, with properties of its own. */
    static void problem(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
