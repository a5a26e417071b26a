package io.github.compliancegraph.system;

import java.net.URI;
import java.util.Map;

import io.github.compliancegraph.traversal.TraversalRunner;
import io.github.compliancegraph.web.Rows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    private final Systems systems;
    private final ChainResponsibilities responsibilities;
    private final TraversalRunner traversals;

    SystemController(Systems systems, ChainResponsibilities responsibilities, TraversalRunner traversals) {
        this.systems = systems;
        this.responsibilities = responsibilities;
        this.traversals = traversals;
    }

    @Operation(summary = "Declare a system (JSON: id, name, description, buildsOn: provider ids), or replace what an earlier "
            + "declaration said of it; needs the importer's credentials. Answers the system's chain.")
    @PostMapping
    ResponseEntity<SystemChain> declare(@RequestBody SystemDeclaration declaration) {
        SystemChain chain = systems.declare(declaration);
        URI location = UriComponentsBuilder.fromPath("/api/systems/{id}").buildAndExpand(chain.system()).toUri();
        return ResponseEntity.created(location).body(chain);
    }

    @Operation(summary = "Every system with the providers it builds on (traversal: systems)")
    @GetMapping
    ResponseEntity<?> list(@Parameter(hidden = true) @RequestParam Map<String, String> query,
            @RequestParam(required = false) String format) {
        return Rows.respond(format, traversals.run("systems", query));
    }

    @Operation(summary = "A system's chain of providers: every BUILDS_ON edge below it, with the source that declared it "
            + "(traversal: system-chain)")
    @GetMapping("/{id}")
    SystemChain chain(@PathVariable String id) {
        return systems.chain(id);
    }

    @Operation(summary = "Per assessable clause of a framework, who holds it for the system along its chain: provider, "
            + "taken-on, attested, shared, system (left to you) or unclaimed, with the path of statements that decided it; "
            + "totals overall and per chapter (traversal: system-responsibilities)")
    @GetMapping("/{id}/responsibilities")
    ResponseEntity<?> responsibilities(@PathVariable String id, @RequestParam String framework,
            @RequestParam(required = false) String format) {
        SystemResponsibilities answer = responsibilities.of(id, framework);
        return Rows.respond(format, answer.asFlatResult(), answer);
    }
}
