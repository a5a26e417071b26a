package io.github.compliancegraph.imports;

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

/** The documents bundled from {@code data/sources}, packaged on the classpath under {@code bundled/}. */
@Component
public class BundledSources {

    private static final String ROOT = "bundled/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);

    private final List<SourceManifest> manifests;

    public BundledSources() {
        try (InputStream in = new ClassPathResource(ROOT + "sources.yaml").getInputStream()) {
            this.manifests = List.copyOf(YAML.readValue(in, new TypeReference<List<SourceManifest>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled/sources.yaml", e);
        }
    }

    public List<SourceManifest> manifests() {
        return manifests;
    }

    public byte[] content(SourceManifest manifest) {
        try (InputStream in = new ClassPathResource(ROOT + manifest.file()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + manifest.file(), e);
        }
    }
}
