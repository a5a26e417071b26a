package io.github.compliancegraph.imports.oscal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.oscal.ParsedOscalProfile.Import;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads an OSCAL JSON profile's imports: which catalog each names and which control ids it
 * includes or excludes. Pure: text in, records out; merge and modify are not read.
 */
public final class OscalProfileParser {

    public ParsedOscalProfile parse(String json) {
        JsonNode profile = OscalJson.model(json, "profile");
        JsonNode entries = profile.path("imports");
        if (entries.isMissingNode() || entries.isNull() || entries.isArray() && entries.isEmpty()) {
            throw new ImportRejectedException("profile.imports is empty");
        }
        var problems = new ArrayList<Problem>();
        var imports = new ArrayList<Import>();
        JsonNode backMatter = profile.path("back-matter");
        OscalJson.each(entries, "profile.imports", (entry, at) -> imports.add(entry(entry, at, backMatter, problems)));
        JsonNode metadata = profile.path("metadata");
        return new ParsedOscalProfile(OscalJson.text(metadata, "title"), OscalJson.text(metadata, "version"),
                OscalJson.text(profile, "uuid"), List.copyOf(imports), List.copyOf(problems));
    }

    private static Import entry(JsonNode entry, String path, JsonNode backMatter, List<Problem> problems) {
        String href = OscalJson.text(entry, "href");
        if (href == null) {
            throw new ImportRejectedException(path + ".href is missing: the import names no catalog or profile");
        }
        List<String> resources = href.startsWith("#") ? resourceHrefs(href, path, backMatter, problems) : List.of(href);
        boolean includeAll = entry.has("include-all");
        if (!includeAll && !entry.has("include-controls")) {
            problems.add(new Problem(0, path + " has neither include-all nor include-controls"));
        }
        return new Import(href, resources, includeAll, ids(entry, "include-controls", path, problems),
                ids(entry, "exclude-controls", path, problems));
    }

    /** An href "#uuid" points into back-matter, whose resource lists the document's locations. */
    private static List<String> resourceHrefs(String href, String path, JsonNode backMatter, List<Problem> problems) {
        String uuid = href.substring(1);
        for (JsonNode resource : backMatter.path("resources")) {
            if (uuid.equals(OscalJson.text(resource, "uuid"))) {
                var hrefs = new ArrayList<String>();
                for (JsonNode rlink : resource.path("rlinks")) {
                    String location = OscalJson.text(rlink, "href");
                    if (location != null) {
                        hrefs.add(location);
                    }
                }
                if (hrefs.isEmpty()) {
                    problems.add(new Problem(0, path + ": back-matter resource " + uuid + " has no rlinks href"));
                }
                return List.copyOf(hrefs);
            }
        }
        problems.add(new Problem(0, path + ": import href " + href + " names no back-matter resource"));
        return List.of();
    }

    private static List<String> ids(JsonNode entry, String field, String path, List<Problem> problems) {
        var ids = new LinkedHashSet<String>();
        OscalJson.each(entry.path(field), path + "." + field, (selection, at) -> {
            if (selection.has("matching")) {
                problems.add(new Problem(0, at + ".matching is not supported, its patterns were ignored"));
            }
            OscalJson.each(selection.path("with-ids"), at + ".with-ids", (id, idAt) -> {
                if (id.isTextual() && !id.asText().isBlank()) {
                    ids.add(id.asText().strip());
                } else {
                    problems.add(new Problem(0, idAt + " is not a control id, skipped"));
                }
            });
        });
        return List.copyOf(ids);
    }
}
