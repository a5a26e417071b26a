package io.github.compliancegraph.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The framework registry and the catalogs this project writes and ships in {@code catalogs/}. */
@Component
public class ShippedCatalogs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<FrameworkInfo> frameworks = read("catalogs/frameworks.yaml", new TypeReference<>() { });
    private final List<Catalog> catalogs = List.of(read("catalogs/iso27001-2013.yaml", new TypeReference<Catalog>() { }));

    public List<FrameworkInfo> frameworks() {
        return frameworks;
    }

    public List<Catalog> catalogs() {
        return catalogs;
    }

    private static <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped " + path, e);
        }
    }
}
