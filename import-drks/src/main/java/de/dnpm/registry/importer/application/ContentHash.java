package de.dnpm.registry.importer.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash (lower-case hex) of a text, such as the canonical form of a raw record's content, so an unchanged
 * re-import can be recognised cheaply.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** Hashes the UTF-8 bytes of {@code content}. */
    public static String sha256Hex(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest javadoc)
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
