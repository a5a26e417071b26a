package io.github.compliancegraph.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.ImportReport;
import io.github.compliancegraph.imports.ImportReports;
import io.github.compliancegraph.imports.ImportRequest;
import io.github.compliancegraph.imports.ImportService;
import io.github.compliancegraph.imports.Importers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Import reports, re-importing the bundled documents, and importing reference files (writes need credentials). */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final ImportService imports;
    private final Importers importers;
    private final ImportReports reports;

    ImportController(ImportService imports, Importers importers, ImportReports reports) {
        this.imports = imports;
        this.importers = importers;
        this.reports = reports;
    }

    @Operation(summary = "The latest import report of every imported document")
    @GetMapping
    List<JsonNode> latestReports() {
        return reports.latest(null);
    }

    @Operation(summary = "The latest import report of one document")
    @GetMapping("/{source}")
    JsonNode latestReport(@PathVariable String source) {
        return reports.latest(source).stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no import of source '" + source + "'; imported sources are listed at /api/imports"));
    }

    @Operation(summary = "Import the bundled documents again (the graph changes only if they changed)")
    @PostMapping("/bundled")
    List<ImportReport> reimportBundled() {
        return imports.importBundled();
    }

    @Operation(summary = "Import a catalog, profile, mapping set, responsibility matrix, OSCAL plan or document (needs the importer's credentials)",
            description = "kind: oscal-catalog, oscal-profile, ciso-assistant, csv-catalog, csv-mappings, responsibility-matrix, "
                    + "oscal-ssp, or document (a new version of a bundled document, named by source: outscale-matrix, microsoft-mars-e); "
                    + "framework: the framework id a catalog or profile becomes; catalog: a profile's catalog id; "
                    + "mapping-set: the id of a CSV mapping set; for a responsibility matrix (CSV, TSV, XLSX, XLS: a hand-made "
                    + "matrix, a FedRAMP CIS/CRM workbook, a provider's security baseline, a CSA CCM SSRM sheet): provider, "
                    + "source, sheet, columns (statement=Requirement|Guidance;party=Owner), responsibilities (Acme:provider;"
                    + "Ops team:customer), framework (what unprefixed references cite), prefixes (ISO=iso27001-2013,"
                    + "NIST=nist-sp800-53-r4), language, and an optional manifest part (YAML, an entry of data/sources/sources.yaml); "
                    + "for an OSCAL plan: source, framework (when its import-profile names none this product knows), provider "
                    + "(when its roles name no party). The file is written in one transaction; the answer is its import report.")
    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "manifest", required = false) MultipartFile manifest,
            @Parameter(hidden = true) @RequestParam Map<String, String> options) throws IOException {
        // the client's file name is a label only: no directory of it is ever used
        String given = file.getOriginalFilename();
        String name = given == null ? null : StringUtils.getFilename(StringUtils.cleanPath(given));
        name = StringUtils.hasText(name) ? name : "upload";
        importers.requireWithinLimit(name, file.getSize());
        return importers.importFile(kind, new ImportRequest(name, file.getBytes(), options, null,
                manifest == null ? null : manifest.getBytes(), null));
    }
}
