package io.github.compliancegraph.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.compliancegraph.oscal.SharedResponsibilitySsp;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.Framework;
import io.github.compliancegraph.oscal.SharedResponsibilitySsp.SourceDocument;

/**
 * What a system's own plan for a framework is made of, whatever form it is written in (an OSCAL
 * plan, a CRM workbook): the system, the providers of its chain with their documents, and per
 * assessable clause what it inherits and what is left to it.
 *
 * @param providers the providers of the chain, the system's own first
 * @param entries   every assessable clause of the framework, in catalog order
 * @param totals    clauses per holding
 */
record SystemPlan(String system, String name, Framework framework, List<Provider> providers, List<PlanEntry> entries,
        Map<String, Integer> totals) {

    /** A provider of the chain and the documents in which it says what it does. */
    record Provider(String id, String name, List<SourceDocument> sources) {

        /**
         * The day its documents were last imported: the date the system's plan gives its leveraged
         * authorization, which OSCAL requires and the graph does not know otherwise.
         */
        LocalDate lastImported() {
            return SharedResponsibilitySsp.lastImported(sources).toLocalDate();
        }
    }

    /** The documents of every provider of the chain, each once. */
    List<SourceDocument> sources() {
        return providers.stream().flatMap(p -> p.sources().stream()).distinct().toList();
    }

    /** The chain in words, top first: "Cumulus Plateforme > Outscale". */
    String chainLine() {
        return String.join(" > ", providers.stream().map(Provider::name).toList());
    }
}
