package io.github.compliancegraph.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/** Reads open to all; writes only for the importer account, over HTTP Basic, without sessions. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    static final String IMPORTER = "IMPORTER";
    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    SecurityFilterChain access(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> unauthorised(request, response, e, json);
        return http
                // an API authenticated on every request carries no session cookie to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(IMPORTER))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorised))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService importers(AccessProperties access, PasswordEncoder encoder) {
        if (!StringUtils.hasText(access.importerPassword())) {
            log.warn("compliance.security.importer-password is not set: imports over HTTP are refused");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(access.importerUsername())
                .password(encoder.encode(access.importerPassword())).roles(IMPORTER).build());
    }

    private static void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
            ObjectMapper json) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "writing needs the importer's credentials (HTTP Basic): " + e.getMessage());
        problem.setTitle("Authentication required");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"compliance-graph\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
