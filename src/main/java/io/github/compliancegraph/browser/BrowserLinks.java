package io.github.compliancegraph.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links into the bundled Neo4j Browser: its connect form filled in, and optionally a one-slide
 * guide for a traversal run with given values. Browser takes a single command from its URL, and a
 * query needs its parameters set first, so the guide holds both, each ready to run. The values
 * travel in the guide's path, Base64url-encoded, because Browser splits its own URL on every
 * {@code &}, even inside the guide's address.
 */
public final class BrowserLinks {

    static final String RUN_GUIDE = "/guide/run/{traversal}/{values}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserLinks() {
    }

    public static String connect(String boltUri) {
        return builder(boltUri).toUriString();
    }

    /** Browser connected to {@code boltUri}, showing the guide that runs {@code traversal} with {@code values}. */
    public static String run(String boltUri, String traversal, Map<String, ?> values) {
        String guide = ServletUriComponentsBuilder.fromCurrentContextPath().path(RUN_GUIDE)
                .buildAndExpand(traversal, encode(values)).toUriString();
        return builder(boltUri).queryParam("cmd", "play").queryParam("arg", guide).toUriString();
    }

    static String encode(Map<String, ?> values) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameter values are not JSON", e);
        }
    }

    /** The values a run guide's path carries; an empty map for anything that does not decode. */
    static Map<String, Object> decode(String encoded) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(encoded);
            return JSON.readValue(new String(json, StandardCharsets.UTF_8), JSON.getTypeFactory()
                    .constructMapType(Map.class, String.class, Object.class));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Map.of();
        }
    }

    private static UriComponentsBuilder builder(String boltUri) {
        return UriComponentsBuilder.fromPath("/browser/").queryParam("dbms", boltUri).encode();
    }
}
