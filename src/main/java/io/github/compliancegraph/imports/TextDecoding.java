package io.github.compliancegraph.imports;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.github.compliancegraph.problem.ImportRejectedException;

/**
 * Reads a document's bytes as UTF-8 or, where they are not valid UTF-8, as Windows-1252, the
 * Latin-1 superset older Windows exports use (it has the œ and – that French documents need).
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, String file) {
        if (bytes.length == 0) {
            throw new ImportRejectedException(file + ": the file is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportRejectedException(file + ": binary content (NUL byte at offset " + i + "), not a text document");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
