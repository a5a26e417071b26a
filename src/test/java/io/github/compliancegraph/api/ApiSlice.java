package io.github.compliancegraph.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.compliancegraph.imports.ImportReports;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.Importers;
import io.github.compliancegraph.neo4j.BoltAddress;
import io.github.compliancegraph.security.WebSliceSecurity;
import io.github.compliancegraph.traversal.TraversalCatalog;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The HTTP API without a graph: the traversal and import controllers with what the app puts around
 * every request (error mapping, rows as JSON or CSV, readiness gate and its metric, access rules),
 * their services mocked; the app is ready once the slice has started, as Spring Boot says of any app, as spring-petclinic tests its controllers. A second or two to start instead
 * of an application with its embedded database; each class closes its slice when it ends
 * ({@code @DirtiesContext}), so a slice never takes a place in the context cache from a context with a
 * graph. Tests stub the mocks they need and get them with {@code @Autowired}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest({TraversalController.class, ImportController.class})
@Import({WebSliceSecurity.class, SimpleMeterRegistry.class, ApplicationAvailabilityBean.class})
// BoltAddress: the explorer's advice, which every slice picks up, links Neo4j Browser with it
@MockitoBean(types = {TraversalRunner.class, TraversalCatalog.class, ImportService.class, Importers.class,
        ImportReports.class, BoltAddress.class})
@TestPropertySource(properties = {"compliance.security.importer-password=" + ApiSlice.IMPORTER_PASSWORD,
        "compliance.security.reader-password=" + ApiSlice.READER_PASSWORD})
@DirtiesContext
@interface ApiSlice {

    String IMPORTER_PASSWORD = "slice-importer";
    String READER_PASSWORD = "slice-reader";
}
