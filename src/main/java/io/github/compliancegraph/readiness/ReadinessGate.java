package io.github.compliancegraph.readiness;

import java.time.Duration;

import io.github.compliancegraph.problem.NotReadyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses API and explorer requests until the app is ready. Spring Boot turns readiness to
 * ACCEPTING_TRAFFIC once the startup runners are done, and the import of the bundled documents is
 * one of them; the web server answers before that, and an answer then would come from a graph
 * still being written (an empty party list looks like a real one). Static files, Neo4j Browser,
 * the API documentation and {@code /actuator} stay open.
 */
@Component
class ReadinessGate implements HandlerInterceptor, WebMvcConfigurer {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ApplicationAvailability availability;
    private final Counter refused;

    ReadinessGate(ApplicationAvailability availability, MeterRegistry metrics) {
        this.availability = availability;
        this.refused = Counter.builder("compliance.requests.refused").tag("reason", "not-ready")
                .description("Requests answered 503 or 409 instead of run").register(metrics);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/", "/frameworks/**", "/clauses/**", "/parties/**",
                "/crosswalk", "/compare", "/traversals/**", "/search", "/customer/**", "/systems/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            refused.increment();
            throw new NotReadyException(RETRY_AFTER);
        }
        return true;
    }
}
