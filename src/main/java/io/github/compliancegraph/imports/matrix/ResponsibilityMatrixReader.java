package io.github.compliancegraph.imports.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.compliancegraph.imports.ControlIdentity;
import io.github.compliancegraph.imports.ControlRecord;
import io.github.compliancegraph.imports.ImportedSource;
import io.github.compliancegraph.imports.PartyRecord;
import io.github.compliancegraph.imports.Problem;
import io.github.compliancegraph.imports.SourceGraph;
import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.imports.SourceManifest.PartyEntry;
import io.github.compliancegraph.mapping.ParsedCell;
import io.github.compliancegraph.mapping.ReferenceCellParser;
import io.github.compliancegraph.mapping.ReferenceResolver;
import io.github.compliancegraph.mapping.ResolvedReference;
import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Turns a responsibility matrix into controls: one per statement, owned by the party its block
 * names, mapped to every clause its reference cell cites.
 */
public final class ResponsibilityMatrixReader {

    private final ResponsibilityMatrixParser parser = new ResponsibilityMatrixParser();

    public SourceGraph read(SourceManifest manifest, ImportedSource source, String text, Map<String, Set<String>> catalogs) {
        ParsedMatrix matrix = parser.parse(text);
        if (matrix.statements().isEmpty()) {
            throw new ImportRejectedException(source.file() + ": no statement found; a matrix needs numbered sections "
                    + "with 'Responsabilité de …' blocks of tab-separated rows (statement, reference)");
        }
        if (matrix.truncated()) {
            throw new ImportRejectedException(source.file() + " line " + matrix.lastLine() + ": the text ends in section "
                    + matrix.lastSection() + " but its table of contents lists " + matrix.listedSections()
                    + " sections; the file looks cut off");
        }
        Map<String, PartyEntry> partiesByHeading = manifest.parties().stream()
                .collect(Collectors.toMap(p -> fold(p.heading()), Function.identity()));
        var cells = new ReferenceCellParser(manifest.notations());
        var resolver = new ReferenceResolver(catalogs, manifest.isoContext());
        var ids = new ControlIdentity(source.id());
        var problems = new ArrayList<Problem>();
        matrix.notes().forEach(n -> problems.add(new Problem(n.line(), n.message())));
        var controls = new ArrayList<ControlRecord>();
        for (MatrixStatement s : matrix.statements()) {
            PartyEntry party = partiesByHeading.get(fold(s.partyHeading()));
            if (party == null) {
                throw new ImportRejectedException(source.file() + " line " + s.line() + ": block 'Responsabilité de "
                        + s.partyHeading() + "' names no party of this source (known: "
                        + manifest.parties().stream().map(PartyEntry::heading).toList() + ")");
            }
            ParsedCell cell = cells.parse(s.referenceCell());
            if (cell.references().isEmpty() && !cell.problems().isEmpty()) {
                // a mapping nobody could read would silently vanish from the graph
                throw new ImportRejectedException(source.file() + " line " + s.line() + ": reference '" + s.referenceCell()
                        + "' cites nothing readable: " + cell.problems().get(0));
            }
            cell.problems().forEach(p -> problems.add(new Problem(s.line(), "reference '" + s.referenceCell() + "': " + p)));
            List<ResolvedReference> references = cell.references().stream()
                    .map(r -> resolver.resolve(r, s.section())).toList();
            String section = String.valueOf(s.section());
            controls.add(new ControlRecord(ids.next(section, party.id(), s.text()), party.id(), section, s.sectionTitle(),
                    s.text(), manifest.language(), s.line(), s.ordinal(), s.referenceCell(), references, null, null, null, null));
        }
        List<PartyRecord> parties = manifest.parties().stream().map(p -> new PartyRecord(p.id(), p.name(), p.role())).toList();
        return new SourceGraph(source, parties, controls, List.of(), problems);
    }

    private static String fold(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT);
    }
}
