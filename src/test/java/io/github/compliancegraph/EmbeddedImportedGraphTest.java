package io.github.compliancegraph;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The graph contract on the embedded database the app starts by default. */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedImportedGraphTest extends ImportedGraphContract {
}
