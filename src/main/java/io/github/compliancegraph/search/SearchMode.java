package io.github.compliancegraph.search;

import java.util.Locale;

import io.github.compliancegraph.problem.InvalidParameterException;

/** How the words typed are read: as plain words and phrases (the default), or as Lucene syntax. */
public enum SearchMode {

    PLAIN, LUCENE;

    static SearchMode of(String mode) {
        if (mode == null || mode.isBlank()) {
            return PLAIN;
        }
        try {
            return valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("mode", "'" + mode + "' is neither plain nor lucene");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
