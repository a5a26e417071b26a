package io.github.compliancegraph.imports.cisoassistant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.compliancegraph.framework.Catalog;
import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.cisoassistant.ParsedLibrary.MappingSet;
import io.github.compliancegraph.imports.cisoassistant.ParsedLibrary.UrnMapping;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads a CISO Assistant library file (intuitem/ciso-assistant-community, backend/library/libraries): its
 * framework as a catalog, and its requirement mapping sets. Pure: text in, records out.
 */
public final class CisoAssistantLibraryParser {

    /** CISO Assistant's names for frameworks this project already knows under another id. */
    private static final Map<String, String> FRAMEWORK_IDS = Map.of(
            "nist-sp-800-53-rev5", "nist-sp800-53-r5",
            "hds-v2023-a", "hds-v2");

    /** CISO Assistant's relationship words, to the NIST IR 8477 ones mappings are stored with. */
    private static final Map<String, String> RELATIONSHIPS = Map.of(
            "equal", "equal",
            "subset", "subset-of",
            "superset", "superset-of",
            "intersect", "intersects-with",
            "intersects", "intersects-with",
            "not_related", "no-relationship",
            "no_relationship", "no-relationship");

    private static final int TITLE_LENGTH = 120;
    private static final int MAX_STRENGTH = 10;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * A requirement node once its ref is settled; its parent is still a urn.
     *
     * @param numbered whether the file gives it a ref_id; if not, its ref is its urn's last segment ("node12")
     */
    private record Node(int line, String urn, String ref, boolean numbered, String title, String text, String parentUrn,
            boolean assessable) {
    }

    public ParsedLibrary parse(String yaml) {
        YamlNode library = YamlNode.read(yaml);
        YamlNode objects = library.get("objects");
        YamlNode framework = objects.get("framework");
        List<YamlNode> sets = mappingSets(objects);
        if (framework.isAbsent() && sets.isEmpty()) {
            throw new ImportRejectedException("line " + objects.line() + ": not a CISO Assistant library: no 'objects' "
                    + "holding a 'framework' or a 'requirement_mapping_set'");
        }
        var problems = new ArrayList<Problem>();
        List<Catalog> frameworks = framework.isAbsent() ? List.of() : List.of(catalog(library, framework, problems));
        List<MappingSet> mappingSets = sets.stream().map(set -> mappingSet(set, problems)).toList();
        return new ParsedLibrary(library.get("urn").text(), library.get("name").text(), frameworks, mappingSets,
                List.copyOf(problems));
    }

    /**
     * The project's id for a CISO Assistant framework urn: its last segment, renamed where the project
     * already uses another id. Mapping imports need it to name both ends of a mapping set.
     */
    public static String frameworkId(String frameworkUrn) {
        String tail = tail(frameworkUrn);
        return FRAMEWORK_IDS.getOrDefault(tail, tail);
    }

    /** Libraries hold one set under requirement_mapping_set or a list under requirement_mapping_sets. */
    private static List<YamlNode> mappingSets(YamlNode objects) {
        YamlNode one = objects.get("requirement_mapping_set");
        YamlNode many = objects.get("requirement_mapping_sets");
        requireListOrAbsent(many, "objects.requirement_mapping_sets");
        var sets = new ArrayList<YamlNode>();
        if (!one.isAbsent()) {
            sets.add(one);
        }
        sets.addAll(many.items());
        return sets;
    }

    private static Catalog catalog(YamlNode library, YamlNode framework, List<Problem> problems) {
        requireMap(framework, "objects.framework");
        String urn = required(framework, "urn", "objects.framework");
        var edition = FrameworkEdition.of(required(framework, "name", "objects.framework"), framework.get("ref_id").text(), tail(urn));
        var info = new FrameworkInfo(frameworkId(urn), edition.name(), edition.edition(), library.get("provider").text(),
                framework.get("description").text(), library.get("version").text());
        YamlNode nodes = framework.get("requirement_nodes");
        requireListOrAbsent(nodes, "objects.framework.requirement_nodes");
        return new Catalog(info, clauses(nodes.items(), problems));
    }

    private static List<CatalogClause> clauses(List<YamlNode> yamlNodes, List<Problem> problems) {
        var nodes = new ArrayList<Node>(yamlNodes.size());
        var indexByUrn = new HashMap<String, Integer>();
        var refs = new HashSet<String>();
        for (YamlNode yaml : yamlNodes) {
            requireMap(yaml, "requirement node");
            String urn = required(yaml, "urn", "requirement node");
            String tail = tail(urn);
            // Headings and unnumbered paragraphs have no ref_id by design; their urn ends in a name ("node12"),
            // kept as their ref (uids must not change) and shown as their label (UnnumberedPlaces).
            String refId = yaml.get("ref_id").text();
            String ref = Objects.requireNonNullElse(refId, tail);
            if (!refs.add(ref)) {
                String taken = ref;
                ref = unique(taken + "#" + tail, refs);
                problems.add(new Problem(yaml.line(), "ref '" + taken + "' is already used in this framework; "
                        + urn + " becomes '" + ref + "'"));
            }
            if (indexByUrn.putIfAbsent(urn, nodes.size()) != null) {
                problems.add(new Problem(yaml.line(), "urn " + urn + " is used by an earlier node too; "
                        + "parent_urn names the first"));
            }
            nodes.add(new Node(yaml.line(), urn, ref, refId != null, title(yaml), text(yaml), yaml.get("parent_urn").text(),
                    assessable(yaml, problems)));
        }
        int[] parent = parents(nodes, indexByUrn, problems);
        return clausesInOrder(nodes, parent, parentsFirst(nodes, parent, problems));
    }

    /** The nodes as clauses in this order (parents first), those without a ref_id labelled by their place. */
    private static List<CatalogClause> clausesInOrder(List<Node> nodes, int[] parent, List<Integer> order) {
        var places = new UnnumberedPlaces();
        return order.stream().map(at -> {
            Node node = nodes.get(at);
            Node up = parent[at] < 0 ? null : nodes.get(parent[at]);
            String label = node.numbered() ? null
                    : places.label(at, parent[at], up == null || !up.numbered() ? null : up.ref(), node.title());
            return new CatalogClause(node.ref(), node.title(), up == null ? null : up.ref(), node.assessable(), false, node.urn(),
                    node.text(), label);
        }).toList();
    }

    /** A ref not taken yet, starting from {@code base}; taken once returned. */
    private static String unique(String base, Set<String> refs) {
        String ref = base;
        for (int n = 2; !refs.add(ref); n++) {
            ref = base + "-" + n;
        }
        return ref;
    }

    /** Each node's parent as an index into {@code nodes}, -1 for a top-level node. */
    private static int[] parents(List<Node> nodes, Map<String, Integer> indexByUrn, List<Problem> problems) {
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            Node node = nodes.get(i);
            Integer index = node.parentUrn() == null ? null : indexByUrn.get(node.parentUrn());
            if (node.parentUrn() != null && index == null) {
                problems.add(new Problem(node.line(), "parent_urn " + node.parentUrn() + " names no requirement node; '"
                        + node.ref() + "' is placed at the top level"));
            }
            parent[i] = index == null ? -1 : index;
        }
        return parent;
    }

    /**
     * The nodes' indexes in file order, except that a node listed before its parent waits for it: catalogs
     * list parents first. A chain of parents that loops back is cut where it closes.
     */
    private static List<Integer> parentsFirst(List<Node> nodes, int[] parent, List<Problem> problems) {
        var order = new ArrayList<Integer>(nodes.size());
        boolean[] placed = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Deque<Integer> unplaced = new ArrayDeque<>(); // node i and its unplaced ancestors, topmost first
            Set<Integer> seen = new HashSet<>();
            for (int at = i; at >= 0 && !placed[at]; at = parent[at]) {
                if (!seen.add(at)) {
                    int child = unplaced.peek();
                    parent[child] = -1;
                    problems.add(new Problem(nodes.get(child).line(), "'" + nodes.get(child).ref()
                            + "' is its own ancestor through parent_urn; it is placed at the top level"));
                    break;
                }
                unplaced.push(at);
            }
            for (int at : unplaced) {
                placed[at] = true;
                order.add(at);
            }
        }
        return order;
    }

    /** The whole description, when the title does not already hold all of it. */
    private static String text(YamlNode node) {
        String description = oneLine(node.get("description").text());
        return description == null || description.equals(title(node)) ? null : description;
    }

    /** The name; else the start of the description, since many nodes are a bare paragraph. */
    private static String title(YamlNode node) {
        String name = oneLine(node.get("name").text());
        if (name != null) {
            return name;
        }
        String description = oneLine(node.get("description").text());
        if (description == null || description.codePointCount(0, description.length()) <= TITLE_LENGTH) {
            return description;
        }
        return description.substring(0, description.offsetByCodePoints(0, TITLE_LENGTH)).strip();
    }

    private static String oneLine(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ");
    }

    private static boolean assessable(YamlNode node, List<Problem> problems) {
        YamlNode assessable = node.get("assessable");
        if (assessable.value() instanceof Boolean value) {
            return value;
        }
        problems.add(new Problem(assessable.line(), "'assessable' is not true or false; the node is taken as not assessable"));
        return false;
    }

    private static MappingSet mappingSet(YamlNode set, List<Problem> problems) {
        requireMap(set, "requirement mapping set");
        String ref = set.get("ref_id").text();
        String id = ref != null ? ref : tail(required(set, "urn", "requirement mapping set"));
        String source = frameworkId(required(set, "source_framework_urn", "mapping set " + id));
        String target = frameworkId(required(set, "target_framework_urn", "mapping set " + id));
        YamlNode list = set.get("requirement_mappings");
        requireListOrAbsent(list, "requirement_mappings of mapping set " + id);
        var mappings = new ArrayList<UrnMapping>();
        list.items().forEach(mapping -> addMapping(mapping, mappings, problems));
        return new MappingSet(id, source, target, List.copyOf(mappings));
    }

    /** Adds the mapping, or notes a problem and skips it when it names no requirement or relationship we know. */
    private static void addMapping(YamlNode mapping, List<UrnMapping> mappings, List<Problem> problems) {
        requireMap(mapping, "requirement mapping");
        String from = mapping.get("source_requirement_urn").text();
        String to = mapping.get("target_requirement_urn").text();
        String written = mapping.get("relationship").text();
        String relationship = written == null ? null : RELATIONSHIPS.get(written.toLowerCase(Locale.ROOT));
        if (from == null || to == null) {
            problems.add(new Problem(mapping.line(), "mapping without source_requirement_urn or target_requirement_urn, skipped"));
        } else if (relationship == null) {
            problems.add(new Problem(mapping.line(), "relationship '" + written + "' from " + from + " to " + to
                    + " is none of " + RELATIONSHIPS.keySet().stream().sorted().toList() + ", mapping skipped"));
        } else {
            String rationale = mapping.get("rationale").text();
            mappings.add(new UrnMapping(from, to, relationship, rationale == null ? null : rationale.toLowerCase(Locale.ROOT),
                    strength(mapping.get("strength_of_relationship"), problems)));
        }
    }

    private static Integer strength(YamlNode node, List<Problem> problems) {
        String text = node.text();
        if (text == null) {
            return null;
        }
        try {
            int strength = Integer.parseInt(text);
            if (strength >= 0 && strength <= MAX_STRENGTH) {
                return strength;
            }
        } catch (NumberFormatException e) {
            // not a number: reported with the out-of-range values below
        }
        problems.add(new Problem(node.line(), "strength_of_relationship '" + text
                + "' is not a whole number from 0 to " + MAX_STRENGTH + "; left out"));
        return null;
    }

    private static String tail(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1).strip();
    }

    private static String required(YamlNode node, String key, String what) {
        String text = node.get(key).text();
        if (text == null) {
            throw new ImportRejectedException("line " + node.line() + ": " + what + " has no '" + key + "'");
        }
        return text;
    }

    private static void requireMap(YamlNode node, String what) {
        if (!node.isMap()) {
            throw new ImportRejectedException("line " + node.line() + ": " + what + " is not a mapping of keys to values");
        }
    }

    private static void requireListOrAbsent(YamlNode node, String what) {
        if (!node.isAbsent() && !node.isList()) {
            throw new ImportRejectedException("line " + node.line() + ": " + what + " is not a list");
        }
    }
}
