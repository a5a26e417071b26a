package io.github.compliancegraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The documents bundled from {@code data/sources}, packaged on the classpath under {@code bundled/},
 * and the catalogs of {@code data/catalogs}, under {@code bundled/catalogs/}.
 */
@Component
public class BundledSources {

    private static final String ROOT = "bundled/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);

    private static final String CATALOGS = ROOT + "catalogs/";

    private final List<SourceManifest> manifests = List.copyOf(read(ROOT + "sources.yaml", new TypeReference<List<SourceManifest>>() { }));
    private final List<BundledCatalog> catalogs = List.copyOf(read(CATALOGS + "catalogs.yaml", new TypeReference<List<BundledCatalog>>() { }));

    public List<SourceManifest> manifests() {
        return manifests;
    }

    public byte[] content(SourceManifest manifest) {
        return bytes(ROOT + manifest.file());
    }

    /** The catalogs and profiles of {@code data/catalogs}, in the order they are imported. */
    public List<BundledCatalog> catalogs() {
        return catalogs;
    }

    /** A bundled catalog's bytes, checked against the digest its provenance records. */
    public byte[] content(BundledCatalog catalog) {
        byte[] content = bytes(CATALOGS + catalog.file());
        String digest = HexFormat.of().formatHex(ControlIdentity.sha256(content));
        if (!digest.equals(catalog.sha256())) {
            throw new IllegalStateException("bundled " + catalog.file() + " has sha256 " + digest + ", not the "
                    + catalog.sha256() + " data/catalogs/catalogs.yaml records: the copy was changed");
        }
        return content;
    }

    private static <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
