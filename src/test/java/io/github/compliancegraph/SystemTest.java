package io.github.compliancegraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test of the whole system rather than of a part: it starts app processes, kills or restarts them,
 * drives a browser or loads the app with many clients. These run in Maven's integration-test phase
 * (Failsafe, after the jar is packaged), the others in the test phase (Surefire); {@code ./mvnw verify}
 * and {@code .ci/run} run both, and a quick {@code ./mvnw test} only the first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(SystemTest.TAG)
public @interface SystemTest {

    String TAG = "system";
}
