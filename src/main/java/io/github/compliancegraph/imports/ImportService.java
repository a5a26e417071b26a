package io.github.compliancegraph.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

import io.github.compliancegraph.framework.ShippedCatalogs;
import io.github.compliancegraph.imports.matrix.ResponsibilityMatrixReader;
import io.github.compliancegraph.imports.offering.ComplianceOfferingReader;
import io.github.compliancegraph.imports.table.MatrixManifest;
import io.github.compliancegraph.imports.table.MatrixTableReader;
import io.github.compliancegraph.imports.table.Table;
import io.github.compliancegraph.problem.ImportInProgressException;
import io.github.compliancegraph.problem.ImportRejectedException;
import io.github.compliancegraph.topic.TopicTaxonomy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports documents: reads one fully in memory, then writes it in a single transaction together
 * with its report. One import runs at a time; a second one asked for meanwhile is refused.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final GraphWriter writer;
    private final ShippedCatalogs catalogs;
    private final TopicTaxonomy topics;
    private final BundledSources bundled;
    private final ReentrantLock running = new ReentrantLock();
    private final ResponsibilityMatrixReader matrixReader = new ResponsibilityMatrixReader();
    private final ComplianceOfferingReader offeringReader = new ComplianceOfferingReader();
    private final MatrixTableReader tableReader = new MatrixTableReader();
    private final MeterRegistry metrics;
    private final BuildsOn buildsOn;

    ImportService(GraphWriter writer, ShippedCatalogs catalogs, TopicTaxonomy topics, BundledSources bundled, MeterRegistry metrics,
            BuildsOn buildsOn) {
        this.writer = writer;
        this.metrics = metrics;
        this.topics = topics;
        this.catalogs = catalogs;
        this.bundled = bundled;
        this.buildsOn = buildsOn;
    }

    /** The shipped framework registry, catalogs and topics, then every bundled document. */
    public List<ImportReport> importBundled() {
        return exclusively(() -> {
            writer.writeReferenceData(catalogs.frameworks(), catalogs.catalogs(), topics.topics());
            return bundled.manifests().stream().map(m -> read(m, bundled.content(m))).toList();
        });
    }

    /** The shipped framework registry, catalogs and topics alone (a start that finds every bundled document in). */
    public void writeShippedReferenceData() {
        exclusively(() -> {
            writer.writeReferenceData(catalogs.frameworks(), catalogs.catalogs(), topics.topics());
            return null;
        });
    }

    public ImportReport importDocument(SourceManifest manifest, byte[] content) {
        return exclusively(() -> {
            writer.writeReferenceData(catalogs.frameworks(), catalogs.catalogs(), topics.topics());
            return read(manifest, content);
        });
    }

    /**
     * A document of a kind the bundled manifests do not name (an OSCAL plan), read by its importer's
     * own reader against the catalogs in the graph, and written like any other document.
     */
    public ImportReport importDocument(SourceManifest manifest, byte[] content,
            BiFunction<ImportedSource, Map<String, Set<String>>, SourceGraph> reader) {
        return exclusively(() -> {
            writer.writeReferenceData(catalogs.frameworks(), catalogs.catalogs(), topics.topics());
            return write(manifest, content, reader);
        });
    }

    private ImportReport read(SourceManifest manifest, byte[] content) {
        return write(manifest, content, (source, catalogRefs) -> switch (manifest.kind()) {
            case SourceManifest.RESPONSIBILITY_MATRIX ->
                    matrixReader.read(manifest, source, TextDecoding.decode(content, manifest.file()), catalogRefs);
            case SourceManifest.COMPLIANCE_OFFERING -> offeringReader.read(manifest, source, TextDecoding.decode(content, manifest.file()));
            case MatrixManifest.KIND -> tableReader.read(manifest, source, Table.read(content, manifest.file()), catalogRefs);
            default -> throw new ImportRejectedException("kind '" + manifest.kind() + "' unknown; expected "
                    + SourceManifest.RESPONSIBILITY_MATRIX + ", " + SourceManifest.COMPLIANCE_OFFERING + " or " + MatrixManifest.KIND);
        });
    }

    /** Reads a document against the catalogs in the graph, then writes it with its topics and report in one transaction. */
    private ImportReport write(SourceManifest manifest, byte[] content,
            BiFunction<ImportedSource, Map<String, Set<String>>, SourceGraph> reader) {
        Instant started = Instant.now();
        long clock = System.nanoTime();
        var source = new ImportedSource(manifest.id(), manifest.kind(), manifest.file(), manifest.title(),
                manifest.publisher(), manifest.date(), manifest.language(),
                HexFormat.of().formatHex(ControlIdentity.sha256(content)), manifest.provenance());
        Map<String, Set<String>> catalogRefs = writer.catalogRefs();
        SourceGraph graph = reader.apply(source, catalogRefs);
        graph = graph.withExtra(new CypherCall("import/control-topics-create", Map.of("tags", topicTags(graph))));
        graph = buildsOn.declaredBy(manifest).map(graph::withExtra).orElse(graph);
        var report = ImportReport.of(graph, started, Duration.ofNanos(System.nanoTime() - clock).toMillis());
        writer.replaceSource(graph, report, catalogRefs);
        log.info("{}\n  written to the graph {} ms after the start of the import", report.summary(),
                Duration.ofNanos(System.nanoTime() - clock).toMillis());
        return report;
    }

    private List<Map<String, Object>> topicTags(SourceGraph graph) {
        return graph.controls().stream()
                .flatMap(c -> topics.tag(c.text()).stream().map(t -> Map.<String, Object>of(
                        "control", c.uid(), "topic", t.topic(), "keyword", t.keyword())))
                .toList();
    }

    /** Runs an import (or another write, such as a system's declaration) unless another is running, so writes never interleave. */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        if (!running.tryLock()) {
            metrics.counter("compliance.requests.refused", "reason", "import-in-progress").increment();
            throw new ImportInProgressException();
        }
        // an import that runs another (a profile importing its catalog) is timed once, as a whole
        boolean outermost = running.getHoldCount() == 1;
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "imported";
            return result;
        } catch (ImportRejectedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            if (outermost) {
                Timer.builder("compliance.imports").description("Imports, from reading the file to the commit")
                        .tag("outcome", outcome).register(metrics).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            running.unlock();
        }
    }
}
