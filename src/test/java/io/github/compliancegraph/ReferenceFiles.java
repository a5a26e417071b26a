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

    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "reference data absent: " + DIR.toAbsolutePath());
    }

    public static byte[] read(String path) throws IOException {
        return Files.readAllBytes(DIR.resolve(path));
    }
}
