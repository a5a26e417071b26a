package io.github.compliancegraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The public reference catalogs and mappings tests import, read where they lie, never copied into the project. */
public final class ReferenceFiles {

    public static final Path DIR = Path.of(System.getProperty("shared.dir", "../shared"), "reference");

    private ReferenceFiles() {
    }

    /** For {@code @EnabledIf}: decided before a test class starts its context. */
    public static boolean present() {
        return Files.isDirectory(DIR);
    }

    /** For a single test of a class that runs without them. */
    public static void assumePresent() {
        Assumptions.assumeTrue(present(), "reference data absent: " + DIR.toAbsolutePath());
    }

    public static byte[] read(String path) throws IOException {
        return Files.readAllBytes(DIR.resolve(path));
    }
}
