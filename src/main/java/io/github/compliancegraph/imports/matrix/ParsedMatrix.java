package io.github.compliancegraph.imports.matrix;

import java.util.List;

/** Everything read from a responsibility matrix: its statements, and what the parser had to repair. */
public record ParsedMatrix(List<MatrixStatement> statements, List<ParseNote> notes) {
}
