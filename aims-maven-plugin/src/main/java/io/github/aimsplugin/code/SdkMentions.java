package io.github.aimsplugin.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quick look at a class file's bytes for the internal name of any SDK package ({@code dev/langchain4j/...}) before
 * ASM reads it: a class that uses an SDK names its types in its constant pool (as class entries or in descriptors,
 * which hold ASCII package names as they are), and most classes of a module name none, so most are skipped unparsed.
 */
final class SdkMentions {

    /** Patterns by their first byte. */
    private final byte[][][] byFirst = new byte[128][][];

    SdkMentions(Set<String> prefixes) {
        List<List<byte[]>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String prefix : prefixes) {
            byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length > 0 && bytes[0] >= 0) {
                buckets.get(bytes[0]).add(bytes);
            }
        }
        for (int i = 0; i < 128; i++) {
            byFirst[i] = buckets.get(i).isEmpty() ? null : buckets.get(i).toArray(byte[][]::new);
        }
    }

    boolean in(byte[] classFile) {
        for (int i = 0; i < classFile.length; i++) {
            byte first = classFile[i];
            if (first < 0) {
                continue;
            }
            byte[][] candidates = byFirst[first];
            if (candidates == null) {
                continue;
            }
            for (byte[] pattern : candidates) {
                if (matches(classFile, i, pattern)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(byte[] data, int at, byte[] pattern) {
        if (at + pattern.length > data.length) {
            return false;
        }
        for (int j = 1; j < pattern.length; j++) {
            if (data[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
