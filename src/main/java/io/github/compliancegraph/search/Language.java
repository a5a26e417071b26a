package io.github.compliancegraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * A language text is searched in, with the analyzer of its full-text indexes. These are the
 * analyzers Neo4j's {@code french} and {@code english} index analyzers are (its providers create
 * exactly {@code new FrenchAnalyzer()} and {@code new EnglishAnalyzer()}), so the terms Java finds
 * for highlights and for the expansion that matched are the ones the index matched on.
 */
public enum Language {

    FRENCH("fr", new FrenchAnalyzer()),
    ENGLISH("en", new EnglishAnalyzer());

    private final String code;
    private final Analyzer analyzer;

    Language(String code, Analyzer analyzer) {
        this.code = code;
        this.analyzer = analyzer;
    }

    public String code() {
        return code;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    static Language ofCode(String code) {
        return "en".equals(code) ? ENGLISH : FRENCH;
    }

    /**
     * The language of the titles and texts a catalog file gives a framework: ANSSI's SecNumCloud and
     * the HDS certification are French, NIST, ISO, FedRAMP and the rest English. The catalogs this
     * project ships are written in English whatever the framework, and are written with
     * {@link #ENGLISH} directly.
     */
    public static Language ofCatalog(String framework) {
        return framework.startsWith("secnumcloud") || framework.startsWith("hds") ? FRENCH : ENGLISH;
    }
}
