package io.github.compliancegraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.github.compliancegraph.text.Folding;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Text as a full-text index sees it: folded ({@link Folding#fold}, as the importers write the
 * indexed copies), then split, stop words dropped and stemmed by the language's analyzer. Folding
 * keeps every character in place, so each term's offsets point into the original text.
 */
final class Analysis {

    private Analysis() {
    }

    /** A term and where it lies in the text, end exclusive. */
    record Token(String term, int start, int end) {
    }

    static List<Token> tokens(String text, Language language) {
        var tokens = new ArrayList<Token>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = language.analyzer().tokenStream("text", Folding.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text held in memory", e);
        }
        return tokens;
    }

    /** The terms alone, in order. */
    static List<String> terms(String text, Language language) {
        return tokens(text, language).stream().map(Token::term).toList();
    }
}
