package io.github.compliancegraph.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.compliancegraph.framework.CatalogClause;
import io.github.compliancegraph.framework.FrameworkInfo;
import io.github.compliancegraph.mapping.ClauseMapping;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;

class CsvReferenceParserTest {

    private final CsvReferenceParser parser = new CsvReferenceParser();
    private final FrameworkInfo framework = new FrameworkInfo("demo", "Demo", null, null, null);

    @Test
    void catalogWithParentsAndImpliedAssessability() {
        var catalog = parser.catalog("\uFEFFref,parent,title\r\n1,,Chapter one\r\n1.1,1,First requirement\r\n\r\n1.2,1,\"Second, with comma\"\r\n", framework);
        assertThat(catalog.clauses()).containsExactly(
                new CatalogClause("1", "Chapter one", null, false, false, null),
                new CatalogClause("1.1", "First requirement", "1", true, false, null),
                new CatalogClause("1.2", "Second, with comma", "1", true, false, null));
    }

    @Test
    void catalogErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> parser.catalog("title\nx\n", framework)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("column 'ref' missing");
        assertThatThrownBy(() -> parser.catalog("ref,parent\n1,\n1.1,9\n", framework)).hasMessage("line 3, column 'parent': '9' is not a ref listed above this line");
        assertThatThrownBy(() -> parser.catalog("ref\n1\n1\n", framework)).hasMessageContaining("line 3, column 'ref'");
        assertThatThrownBy(() -> parser.catalog("ref,assessable\n1,maybe\n", framework)).hasMessageContaining("column 'assessable'");
    }

    @Test
    void mappingSetInNistIr8477Terms() {
        var mappings = parser.mappings("source,target,relationship,rationale,strength\n"
                + "iso27001-2013:A.9.2.1,secnumcloud-3.2:9.2.a,intersects-with,Semantic,7\n"
                + "iso27001-2013:A.10.1.2,secnumcloud-3.2:10.5.c,subset-of,,\n", "demo-set");
        assertThat(mappings).containsExactly(
                new ClauseMapping("iso27001-2013", "A.9.2.1", "secnumcloud-3.2", "9.2.a", "intersects-with", "semantic", 7, "demo-set"),
                new ClauseMapping("iso27001-2013", "A.10.1.2", "secnumcloud-3.2", "10.5.c", "subset-of", null, null, "demo-set"));
    }

    @Test
    void mappingErrorsNameLineAndColumn() {
        String header = "source,target,relationship,strength\n";
        assertThatThrownBy(() -> parser.mappings(header + "a:1,b:2,related,1\n", "s")).hasMessageContaining("line 2, column 'relationship'");
        assertThatThrownBy(() -> parser.mappings(header + "a:1,b,equal,1\n", "s")).hasMessageContaining("line 2, column 'target'");
        assertThatThrownBy(() -> parser.mappings(header + "a:1,b:2,equal,11\n", "s")).hasMessageContaining("line 2, column 'strength'");
        assertThatThrownBy(() -> parser.mappings(header + "a:1,b:2,equal,\"unclosed\n", "s")).isInstanceOf(ImportRejectedException.class);
    }
}
