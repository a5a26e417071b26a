package io.github.compliancegraph.system;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compliancegraph.traversal.TraversalResult;
import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.AnswersTraversal;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Customers' own systems, the providers they build on, and what is still theirs. */
@RestController
@RequestMapping("/api/systems")
class SystemController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Systems systems;
    private final ChainResponsibilities responsibilities;
    private final TraversalRunner traversals;
    private final SystemPlans plans;

    SystemController(Systems systems, ChainResponsibilities responsibilities, TraversalRunner traversals, SystemPlans plans) {
        this.systems = systems;
        this.responsibilities = responsibilities;
        this.traversals = traversals;
        this.plans = plans;
    }

    @Operation(summary = "Declare a system (JSON: id, name, description, buildsOn: provider ids), or replace what an earlier "
            + "declaration said of it; needs the importer's credentials. Answers the system's chain.")
    @PostMapping
    ResponseEntity<SystemChain> declare(@RequestBody SystemDeclaration declaration) {
        SystemChain chain = systems.declare(declaration);
        URI location = UriComponentsBuilder.fromPath("/api/systems/{id}").buildAndExpand(chain.system()).toUri();
        return ResponseEntity.created(location).body(chain);
    }

    @Operation(summary = "Every system with the providers it builds on")
    @AnswersTraversal("systems")
    @GetMapping
    ResponseEntity<?> list(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        TraversalResult<SystemSummary> result = traversals.run("systems", Rows.withoutFormat(query), SystemSummary.class);
        return Rows.respond(format, result.table(), result);
    }

    @Operation(summary = "A system's chain of providers: every BUILDS_ON edge below it, with the source that declared it")
    @AnswersTraversal(value = "system-chain", setByHandler = "system")
    @GetMapping("/{id}")
    SystemChain chain(@PathVariable String id) {
        return systems.chain(id);
    }

    @Operation(summary = "Per assessable clause of a framework, who holds it for the system along its chain: provider, "
            + "taken-on, attested, shared, system (left to you) or unclaimed, with the path of statements that decided it; "
            + "totals overall and per chapter")
    @AnswersTraversal(value = ChainResponsibilities.TRAVERSAL, setByHandler = {"system", "holding", "skip", "limit"})
    @GetMapping("/{id}/responsibilities")
    ResponseEntity<?> responsibilities(@PathVariable String id, @RequestParam String framework,
            @RequestParam(required = false) String format) {
        SystemResponsibilities answer = responsibilities.of(id, framework);
        return Rows.respond(format, answer.asFlatResult().rows(), answer);
    }

    @Operation(summary = "The system's own plan as an OSCAL 1.1.3 system security plan (JSON) leveraging its providers' plans: "
            + "a leveraged authorization and component per provider of the chain; per clause, inherited entries naming the "
            + "provided entries of the providers' own plans (GET /api/export/oscal-ssp) and satisfied entries naming their "
            + "responsibilities, by the same uuids")
    @GetMapping("/{id}/export/oscal-ssp")
    ResponseEntity<ObjectNode> ssp(@PathVariable String id, @RequestParam String framework) {
        ObjectNode ssp = SystemSsp.of(plans.of(id, framework));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + id + "_" + framework + "_ssp.json\"")
                .body(ssp);
    }

    @Operation(summary = "The system's own plan as a workbook in the layout of FedRAMP's Customer Responsibility Matrix: per "
            + "assessable clause, Control ID, Can Be Inherited from CSP (Yes, Partial or No) and what is left to the system, "
            + "with the providers' statements quoted; the responsibility-matrix import reads it back (option framework)")
    @GetMapping("/{id}/export/crm.xlsx")
    ResponseEntity<byte[]> crm(@PathVariable String id, @RequestParam String framework) {
        byte[] workbook = CrmWorkbook.of(plans.of(id, framework));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "_" + framework + "_crm.xlsx\"")
                .body(workbook);
    }
}
