package io.github.compliancegraph.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import io.github.compliancegraph.text.Folding;

/**
 * Gives controls uids that survive re-imports and reordering: source, section and party, plus a
 * digest of the statement's text (case, accents and spacing folded). The same statement written
 * twice in one block gets a counter.
 */
public final class ControlIdentity {

    private final String source;
    private final Set<String> issued = new HashSet<>();

    public ControlIdentity(String source) {
        this.source = source;
    }

    public String next(String section, String party, String text) {
        String base = source + ":" + section + ":" + party + ":" + digest(text);
        String uid = base;
        for (int n = 2; !issued.add(uid); n++) {
            uid = base + "-" + n;
        }
        return uid;
    }

    static String digest(String text) {
        String folded = Folding.fold(text).replaceAll("\\s+", " ").strip();
        return HexFormat.of().formatHex(sha256(folded.getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
