package io.github.compliancegraph.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a start imports, and how large a file any import reads ({@code compliance.imports}).
 *
 * @param onStart     {@code if-empty}: import each bundled document and catalog the database does not hold
 *                    yet; {@code always}; {@code never}
 * @param maxFileSize largest file an import reads (HTTP or command line); larger ones are refused with a 413
 */
@ConfigurationProperties("compliance.imports")
public record ImportSettings(@DefaultValue("if-empty") OnStart onStart, @DefaultValue("32MB") DataSize maxFileSize) {

    /** What a start does with the bundled documents and catalogs. */
    public enum OnStart { IF_EMPTY, ALWAYS, NEVER }
}
