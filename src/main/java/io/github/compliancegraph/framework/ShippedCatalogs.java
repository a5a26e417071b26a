package io.github.compliancegraph.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.compliancegraph.mapping.ClauseIds;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The framework registry and the catalogs this project writes and ships in {@code catalogs/}. */
@Component
public class ShippedCatalogs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The catalogs we write, in {@code catalogs/}: identifiers and titles of our own, never a publisher's text. */
    static final List<String> CATALOG_FILES = List.of("catalogs/iso27001-2013.yaml", "catalogs/secnumcloud-3.2.yaml");

    private final List<FrameworkInfo> frameworks = read("catalogs/frameworks.yaml", new TypeReference<>() { });
    private final List<Catalog> catalogs = CATALOG_FILES.stream()
            .map(file -> withImpliedStructure(read(file, new TypeReference<Catalog>() { }))).toList();

    public List<FrameworkInfo> frameworks() {
        return frameworks;
    }

    public List<Catalog> catalogs() {
        return catalogs;
    }

    /** Our catalogs list refs and titles only: the parent is the nearest listed ancestor, leaves are assessable. */
    static Catalog withImpliedStructure(Catalog catalog) {
        Set<String> refs = catalog.clauses().stream().map(CatalogClause::ref).collect(Collectors.toSet());
        Set<String> parents = new HashSet<>();
        List<CatalogClause> clauses = catalog.clauses().stream().map(c -> {
            String parent = ClauseIds.ancestors(c.ref()).stream().filter(refs::contains).findFirst().orElse(null);
            parents.add(parent);
            return new CatalogClause(c.ref(), c.title(), parent, false, false, null);
        }).toList();
        return new Catalog(catalog.framework(), clauses.stream()
                .map(c -> new CatalogClause(c.ref(), c.title(), c.parent(), !parents.contains(c.ref()), false, null))
                .toList());
    }

    private static <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped " + path, e);
        }
    }
}
