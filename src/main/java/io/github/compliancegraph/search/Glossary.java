package io.github.compliancegraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The bilingual glossary the search translates queries with ({@code glossary/glossary.yaml}). */
@Component
public class Glossary {

    static final String FILE = "glossary/glossary.yaml";

    private final List<GlossaryEntry> entries;

    public Glossary() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            entries = List.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<GlossaryEntry>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }
}
