package io.github.compliancegraph.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a document's bytes as UTF-8, or as Latin-1 where they are not valid UTF-8 (older exports). */
final class TextDecoding {

    private TextDecoding() {
    }

    static String decode(byte[] bytes, String file) {
        if (bytes.length == 0) {
            throw new ImportRejectedException(file + ": the file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRejectedException(file + ": binary content (NUL byte), not a text document");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
