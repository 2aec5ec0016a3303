package io.github.aimsplugin.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (RFC 9562, SHA-1), in this project's own namespace: the same name always gives the same
 * UUID, so exports are reproducible, and OSCAL accepts only versions 4 and 5 (the JDK makes only version 3).
 */
final class Uuids {

    /** The namespace of every UUID the plugin makes (a fixed, random version 4 UUID). */
    static final UUID NAMESPACE = UUID.fromString("0b6f3f8e-5d0a-4f53-9a55-7c2b8e3c41d7");

    private Uuids() {}

    static String nameBased(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
