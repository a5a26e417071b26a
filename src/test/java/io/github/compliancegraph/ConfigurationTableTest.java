package io.github.compliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table says what the app reads: every {@code compliance.*} setting of the
 * metadata the configuration processor writes from the {@code @ConfigurationProperties} records is in
 * the table with the same default, and the table lists no other.
 */
class ConfigurationTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| (`compliance\\.[^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void readmeTableMatchesTheMetadata() throws IOException {
        assertThat(documented()).isEqualTo(declared());
    }

    /** Name to default (null for unset or empty) of each compliance.* property the records declare. */
    private static Map<String, String> declared() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        try (InputStream metadata = ConfigurationTableTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("configuration metadata (spring-boot-configuration-processor)").isNotNull();
            for (JsonNode property : new ObjectMapper().readTree(metadata).get("properties")) {
                String name = property.get("name").asText();
                if (name.startsWith("compliance.")) {
                    JsonNode value = property.get("defaultValue");
                    declared.put(name, value == null || value.isNull() ? null : value.asText());
                }
            }
        }
        return declared;
    }

    /** The same from the README: a row may name two settings, "`a.b.c` / `d`", with defaults "`x` / unset". */
    private static Map<String, String> documented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("### Health, readiness and metrics"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            String[] names = row.group(1).split(" / ");
            String[] defaults = row.group(2).split(" / ");
            String first = unquote(names[0]);
            String prefix = first.substring(0, first.lastIndexOf('.') + 1);
            for (int i = 0; i < names.length; i++) {
                String name = i == 0 ? first : prefix + unquote(names[i]);
                documented.put(name, defaultOf(defaults[Math.min(i, defaults.length - 1)]));
            }
        }
        return documented;
    }

    private static String unquote(String cell) {
        Matcher code = CODE.matcher(cell);
        return code.find() ? code.group(1) : cell.strip();
    }

    private static String defaultOf(String cell) {
        Matcher code = CODE.matcher(cell);
        return code.find() ? code.group(1) : null;
    }
}
