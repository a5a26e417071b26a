package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads an OSCAL JSON catalog into clauses: each group (a family such as "AC") and each control
 * (a control "AC-2" or, nested under it, an enhancement "AC-2(1)"). Pure: text in, records out.
 */
public final class OscalCatalogParser {

    public ParsedOscalCatalog parse(String json, FrameworkInfo framework) {
        JsonNode catalog = OscalJson.model(json, "catalog");
        var walk = new Walk();
        walk.members(catalog, "catalog", null);
        if (walk.clauses.isEmpty()) {
            // an empty framework would replace nothing with nothing: the file is not the catalog it claims to be
            throw new ImportRejectedException("catalog: no groups or controls with an id (fields: "
                    + String.join(", ", (Iterable<String>) catalog::fieldNames) + ")");
        }
        JsonNode metadata = catalog.path("metadata");
        return new ParsedOscalCatalog(new Catalog(framework, List.copyOf(walk.clauses)), OscalJson.text(catalog, "uuid"),
                OscalJson.text(metadata, "title"), OscalJson.text(metadata, "version"), List.copyOf(walk.problems));
    }

    /** One pass over the tree, remembering the refs taken so a second one is noticed. */
    private static final class Walk {

        final List<CatalogClause> clauses = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<String> refs = new HashSet<>();

        /** Visits the groups and controls of a catalog, group or control, fields in document order. */
        void members(JsonNode owner, String path, String parent) {
            owner.properties().forEach(field -> {
                switch (field.getKey()) {
                    case "groups" -> OscalJson.each(field.getValue(), path + ".groups", (g, at) -> group(g, at, parent));
                    case "controls" -> OscalJson.each(field.getValue(), path + ".controls", (c, at) -> control(c, at, parent));
                    default -> { }
                }
            });
        }

        void group(JsonNode group, String path, String parent) {
            String id = OscalJson.text(group, "id");
            if (id == null) {
                // OSCAL makes a group's id optional; its controls still belong in the catalog.
                problems.add(new Problem(0, path + ": group without id, its contents are placed under "
                        + (parent == null ? "the catalog" : parent)));
                members(group, path, parent);
                return;
            }
            String ref = id.toUpperCase(Locale.ROOT);
            add(new CatalogClause(ref, OscalJson.text(group, "title"), parent, false, false, id), path);
            members(group, path, ref);
        }

        void control(JsonNode control, String path, String parent) {
            String id = OscalJson.text(control, "id");
            if (id == null) {
                String title = OscalJson.text(control, "title");
                problems.add(new Problem(0, path + (title == null ? "" : " (\"" + title + "\")")
                        + ": control without id, skipped with its enhancements"));
                return;
            }
            String label = prop(control, "label");
            String ref = label != null ? label : id.toUpperCase(Locale.ROOT);
            boolean withdrawn = "withdrawn".equalsIgnoreCase(prop(control, "status"));
            add(new CatalogClause(ref, OscalJson.text(control, "title"), parent, !withdrawn, withdrawn, id), path);
            members(control, path, ref);
        }

        /** A second clause with a taken ref is dropped; what it contains goes under the first. */
        void add(CatalogClause clause, String path) {
            if (refs.add(clause.ref())) {
                clauses.add(clause);
            } else {
                problems.add(new Problem(0, path + ": ref " + clause.ref() + " (id " + clause.sourceId()
                        + ") is already taken, the first one is kept"));
            }
        }

        private static String prop(JsonNode owner, String name) {
            for (JsonNode prop : owner.path("props")) {
                String value = OscalJson.text(prop, "value");
                if (name.equals(OscalJson.text(prop, "name")) && value != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
