package io.github.compliancegraph.imports.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.mapping.Notation;
import io.github.compliancegraph.mapping.Notation.LetteredItems;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.problem.InvalidParameterException;

/**
 * What the import of a matrix table needs besides its rows: a sidecar manifest (one entry in the
 * format of {@code data/sources/sources.yaml}) when there is one, then the import's options, which
 * win. Without a sidecar the parties are the provider and {@code <provider>-customer}.
 *
 * <table>
 * <caption>Options, and the manifest keys saying the same</caption>
 * <tr><th>option</th><th>manifest</th><th></th></tr>
 * <tr><td>{@code source=ID}</td><td>{@code id:}</td><td>the source id (else made from the file name)</td></tr>
 * <tr><td>{@code provider=ID}</td><td>{@code provider:}</td><td>the party id of the provider; required</td></tr>
 * <tr><td>{@code language=en}</td><td>{@code language:}</td><td>the statements' language, where no column gives it</td></tr>
 * <tr><td>{@code prefixes=ISO=iso27001-2013,NIST=nist-sp800-53-r4}</td><td>{@code notations:}</td>
 *     <td>what reference cells write before a clause, and the framework each stands for</td></tr>
 * <tr><td>{@code framework=nist-sp800-53-r5}</td><td>{@code framework:}</td>
 *     <td>the framework of a reference column whose cells name none ({@code AC-02 (a)} alone); else
 *     {@code nist-sp800-53-r5} when the column's header says rev 5 ({@code rev5}, {@code r5},
 *     {@code revision 5}), else {@code nist-sp800-53-r4}, the bundled catalog</td></tr>
 * <tr><td>{@code sheet=CRM}</td><td>{@code sheet:}</td>
 *     <td>the workbook sheet to read (a text file has but one); else the one whose header names the most
 *     known columns</td></tr>
 * <tr><td>{@code columns=statement=Requirement|Guidance;party=Owner;reference=800-53 IDs}</td>
 *     <td>{@code columns: {statement: [Requirement, Guidance], party: Owner}}</td>
 *     <td>the headers of the columns holding a field ({@code statement}, {@code party}, {@code reference},
 *     {@code id}, {@code section}, {@code language}, {@code status}), fields separated by {@code ;}, headers of
 *     one field by {@code |}; headers compared without case or punctuation; the fields it names are no longer
 *     looked for by their usual names. Several statement columns are joined, each after its header.</td></tr>
 * <tr><td>{@code responsibilities=Acme Corp:provider;Platform team:customer}</td>
 *     <td>{@code responsibilities: {"Acme Corp": provider, "Platform team": customer}}</td>
 *     <td>what a party cell means, beyond the words the reader knows: {@code provider}, {@code customer},
 *     {@code shared}, {@code not-applicable}, {@code third-party} or a party id of the manifest; pairs separated
 *     by {@code ;}, a value from its meaning by the last {@code :}</td></tr>
 * <tr><td>{@code buildsOn=outscale}</td><td>{@code buildsOn: [outscale]}</td>
 *     <td>the providers (party ids, comma-separated) the provider's services are built on, as a platform on an
 *     infrastructure provider; each must already be a provider in the graph</td></tr>
 * </table>
 */
public final class MatrixManifest {

    public static final String KIND = "responsibility-table";

    /** Prefixes understood when neither the sidecar nor the options give any. */
    static final List<Notation> DEFAULT_NOTATIONS = List.of(
            notation("ISO", "iso27001-2013"),
            notation("SNC", "secnumcloud-3.2"),
            notation("HDS", "hds"),
            notation("NIST SP 800-53", "nist-sp800-53-r4"),
            notation("NIST", "nist-sp800-53-r4"),
            notation("800-53", "nist-sp800-53-r4"));

    private static final String ID = "[a-z0-9][a-z0-9._-]*";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            // "party: Owner" names one column as "statement: [Requirement, Guidance]" names two
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
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
        String framework = first(options.get("framework"), base.framework());
        if (framework != null && !framework.matches(ID)) {
            throw new InvalidParameterException("framework", "'" + framework + "' is not a framework id (as in nist-sp800-53-r5)");
        }
        var columns = new LinkedHashMap<>(checkedColumns(base.columns(), manifestRefusal("columns")));
        if (options.get("columns") != null) {
            columns.putAll(columns(options.get("columns")));
        }
        var responsibilities = new LinkedHashMap<>(checkedResponsibilities(base.responsibilities(), parties,
                manifestRefusal("responsibilities")));
        if (options.get("responsibilities") != null) {
            responsibilities.putAll(responsibilities(options.get("responsibilities"), parties));
        }
        return new SourceManifest(id, KIND, file, first(base.title(), file), base.publisher(),
                first(options.get("language"), base.language()), base.date(),
                first(base.provenance(), "imported from " + file), provider, parties, notations, base.isoContext(),
                first(options.get("sheet"), base.sheet()), framework, columns, responsibilities, buildsOn(options, base));
    }

    private static List<String> buildsOn(Map<String, String> options, SourceManifest base) {
        List<String> ids = options.get("buildsOn") == null ? base.buildsOn()
                : Arrays.stream(options.get("buildsOn").split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        ids.stream().filter(id -> !id.matches(ID)).findFirst().ifPresent(id -> {
            throw new InvalidParameterException("buildsOn", "'" + id + "' is not a party id (as in outscale)");
        });
        return ids;
    }

    private static Function<String, RuntimeException> manifestRefusal(String key) {
        return message -> new ImportRejectedException("manifest, " + key + ": " + message);
    }

    /** How a reference cell writes a framework: SecNumCloud's lettered items name clauses, others' qualify them. */
    static Notation notation(String prefix, String framework) {
        return new Notation(prefix, framework, framework.startsWith("secnumcloud") ? LetteredItems.CLAUSE : LetteredItems.QUALIFIER);
    }

    private static SourceManifest parse(byte[] sidecar) {
        try {
            return YAML.readValue(sidecar, SourceManifest.class);
        } catch (IOException e) {
            throw new ImportRejectedException("manifest: not a source manifest (" + e.getMessage().lines().findFirst().orElse("")
                    + "); expected the fields of a data/sources/sources.yaml entry");
        }
    }

    /** "ISO=iso27001-2013, NIST=nist-sp800-53-r4". */
    static List<Notation> prefixes(String option) {
        var notations = new ArrayList<Notation>();
        for (String pair : option.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches(ID)) {
                throw new InvalidParameterException("prefixes", "'" + pair.strip() + "' is not PREFIX=framework-id "
                        + "(as in ISO=iso27001-2013,NIST=nist-sp800-53-r4)");
            }
            notations.add(notation(parts[0].strip(), parts[1].strip()));
        }
        return notations;
    }

    /** "statement=Requirement|Guidance;party=Owner". */
    static Map<String, List<String>> columns(String option) {
        var columns = new LinkedHashMap<String, List<String>>();
        for (String pair : option.split(";")) {
            String[] parts = pair.split("=", 2);
            List<String> headers = parts.length == 2 ? Arrays.stream(parts[1].split("\\|")).map(String::strip)
                    .filter(h -> !h.isEmpty()).toList() : List.of();
            if (parts.length != 2 || headers.isEmpty()) {
                throw new InvalidParameterException("columns", "'" + pair.strip() + "' is not FIELD=HEADER or FIELD=HEADER|HEADER "
                        + "(as in statement=Requirement|Guidance;party=Owner)");
            }
            columns.put(parts[0].strip(), headers);
        }
        return checkedColumns(columns, message -> new InvalidParameterException("columns", message));
    }

    private static Map<String, List<String>> checkedColumns(Map<String, List<String>> columns,
            Function<String, RuntimeException> refusal) {
        for (String field : columns.keySet()) {
            if (Field.named(field).isEmpty()) {
                throw refusal.apply("'" + field + "' is not a field; the fields are "
                        + Arrays.stream(Field.values()).map(Field::label).collect(Collectors.joining(", ")));
            }
        }
        return columns;
    }

    /** "Acme Corp:provider;Platform team:customer": a value may hold a colon, a meaning does not. */
    static Map<String, String> responsibilities(String option, List<PartyEntry> parties) {
        var responsibilities = new LinkedHashMap<String, String>();
        for (String pair : option.split(";")) {
            int colon = pair.lastIndexOf(':');
            if (colon <= 0 || pair.substring(0, colon).isBlank()) {
                throw new InvalidParameterException("responsibilities", "'" + pair.strip() + "' is not VALUE:MEANING "
                        + "(as in Acme Corp:provider;Platform team:customer)");
            }
            responsibilities.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return checkedResponsibilities(responsibilities, parties, message -> new InvalidParameterException("responsibilities", message));
    }

    private static Map<String, String> checkedResponsibilities(Map<String, String> responsibilities, List<PartyEntry> parties,
            Function<String, RuntimeException> refusal) {
        responsibilities.forEach((value, meaning) -> {
            if (meaning == null || !PartyVocabulary.understands(meaning, parties)) {
                throw refusal.apply("'" + value + "' is given the meaning '" + meaning + "', which is not "
                        + PartyVocabulary.MEANINGS + " " + parties.stream().map(PartyEntry::id).toList());
            }
        });
        return responsibilities;
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
