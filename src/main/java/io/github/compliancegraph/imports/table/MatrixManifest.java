package io.github.compliancegraph.imports.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.compliancegraph.imports.ImportRejectedException;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.mapping.Notation;
import io.github.compliancegraph.mapping.Notation.LetteredItems;
import io.github.compliancegraph.traversal.InvalidParameterException;

/**
 * What the import of a matrix table needs besides its rows: a sidecar manifest (one entry in the
 * format of {@code data/sources/sources.yaml}) when there is one, then the import's options, which
 * win: {@code source} (id), {@code provider} (party id), {@code prefixes}
 * ({@code ISO=iso27001-2013,NIST=nist-sp800-53-r4}: what reference cells write, and the framework
 * each stands for) and {@code language}. Without a sidecar the parties are the provider and
 * {@code <provider>-customer}.
 */
public final class MatrixManifest {

    public static final String KIND = "responsibility-table";

    /** Prefixes understood when neither the sidecar nor the options give any. */
    static final List<Notation> DEFAULT_NOTATIONS = List.of(
            new Notation("ISO", "iso27001-2013", LetteredItems.QUALIFIER),
            new Notation("SNC", "secnumcloud-3.2", LetteredItems.CLAUSE),
            new Notation("HDS", "hds", LetteredItems.QUALIFIER),
            new Notation("NIST SP 800-53", "nist-sp800-53-r4", LetteredItems.QUALIFIER),
            new Notation("NIST", "nist-sp800-53-r4", LetteredItems.QUALIFIER),
            new Notation("800-53", "nist-sp800-53-r4", LetteredItems.QUALIFIER));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);

    private MatrixManifest() {
    }

    public static SourceManifest of(String file, byte[] sidecar, Map<String, String> options) {
        SourceManifest base = sidecar == null ? new SourceManifest(null, null, null, null, null, null, null, null, null,
                null, null, null) : parse(sidecar);
        String provider = first(options.get("provider"), base.provider());
        if (provider == null) {
            throw new InvalidParameterException("provider", "required: the party id of the provider whose matrix this is "
                    + "(or a sidecar manifest naming it)");
        }
        String id = first(options.get("source"), base.id(), ImportedSource.idOf(file));
        List<PartyEntry> parties = base.parties().isEmpty()
                ? List.of(new PartyEntry(provider, provider, "provider", null),
                        new PartyEntry(provider + "-customer", "Customer of " + provider, "customer", null))
                : base.parties();
        List<Notation> notations = options.get("prefixes") != null ? prefixes(options.get("prefixes"))
                : base.notations().isEmpty() ? DEFAULT_NOTATIONS : base.notations();
        return new SourceManifest(id, KIND, file, first(base.title(), file), base.publisher(),
                first(options.get("language"), base.language()), base.date(),
                first(base.provenance(), "imported from " + file), provider, parties, notations, base.isoContext());
    }

    private static SourceManifest parse(byte[] sidecar) {
        try {
            return YAML.readValue(sidecar, SourceManifest.class);
        } catch (IOException e) {
            throw new ImportRejectedException("manifest: not a source manifest (" + e.getMessage().lines().findFirst().orElse("")
                    + "); expected the fields of a data/sources/sources.yaml entry");
        }
    }

    /** "ISO=iso27001-2013, NIST=nist-sp800-53-r4": SecNumCloud's lettered items name clauses, others' qualify them. */
    static List<Notation> prefixes(String option) {
        var notations = new ArrayList<Notation>();
        for (String pair : option.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches("[a-z0-9][a-z0-9._-]*")) {
                throw new InvalidParameterException("prefixes", "'" + pair.strip() + "' is not PREFIX=framework-id "
                        + "(as in ISO=iso27001-2013,NIST=nist-sp800-53-r4)");
            }
            String framework = parts[1].strip();
            notations.add(new Notation(parts[0].strip(), framework,
                    framework.startsWith("secnumcloud") ? LetteredItems.CLAUSE : LetteredItems.QUALIFIER));
        }
        return notations;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
