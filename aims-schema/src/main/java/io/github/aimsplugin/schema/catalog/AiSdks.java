package io.github.aimsplugin.schema.catalog;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Maven coordinate patterns of AI SDKs and runtimes; '*' matches any run of characters. When patterns of several SDKs
 * match a coordinate, the most specific one names the SDK: the one with the most literal characters, then the fewest
 * '*'; on a tie the SDK listed first.
 */
public record AiSdks(List<Sdk> sdks) {

    /**
     * @param packages the Java packages of the SDK's API, each with its API family (chat, embedding, image, audio,
     *     moderation, agent, inference), which the code scan looks for in compiled classes
     */
    public record Sdk(String name, List<String> patterns, List<Api> packages) {
        public Sdk {
            patterns = List.copyOf(patterns);
            packages = packages == null ? List.of() : List.copyOf(packages);
        }

        public Sdk(String name, List<String> patterns) {
            this(name, patterns, List.of());
        }

        public boolean matches(String groupId, String artifactId) {
            return specificity(groupId, artifactId) >= 0;
        }

        /** How specific this SDK's best pattern matching the coordinate is; -1 when none matches. */
        int specificity(String groupId, String artifactId) {
            int best = -1;
            for (String pattern : patterns) {
                if (CoordinatePattern.matches(pattern, groupId, artifactId, null)) {
                    best = Math.max(best, CoordinatePattern.specificity(pattern));
                }
            }
            return best;
        }
    }

    /**
     * One package of an SDK's API: a Java package prefix, dotted, and the family of what it calls.
     *
     * @param family chat, embedding, image, audio, moderation, agent or inference; null when told from the type name
     * @param runs "local" for a model that runs in-process; null for a remote API
     */
    public record Api(String prefix, String family, String runs) {
        public boolean local() {
            return "local".equals(runs);
        }
    }

    public AiSdks {
        sdks = List.copyOf(sdks);
    }

    /** The SDK whose pattern matches the coordinate most specifically; the first listed on a tie. */
    public Optional<Sdk> match(String groupId, String artifactId) {
        Sdk found = null;
        int foundSpecificity = -1;
        for (Sdk sdk : sdks) {
            int specificity = sdk.specificity(groupId, artifactId);
            if (specificity > foundSpecificity) {
                found = sdk;
                foundSpecificity = specificity;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Glob matching of groupId:artifactId[:version] patterns against coordinates. */
    public static final class CoordinatePattern {
        private CoordinatePattern() {}

        public static boolean matches(String pattern, String groupId, String artifactId, String version) {
            String[] parts = pattern.split(":");
            if (parts.length < 2 || !glob(parts[0]).matcher(groupId).matches()
                    || !glob(parts[1]).matcher(artifactId).matches()) {
                return false;
            }
            return parts.length < 3 || version == null || glob(parts[2]).matcher(version).matches();
        }

        /**
         * Literal characters first, then fewer '*': {@code ai.djl.huggingface:*} is more specific than
         * {@code ai.djl.*:*}, and an exact coordinate more than any pattern it also matches.
         */
        static int specificity(String pattern) {
            int wildcards = (int) pattern.chars().filter(c -> c == '*').count();
            return (pattern.length() - wildcards) * 64 + Math.max(0, 63 - wildcards);
        }

        private static Pattern glob(String glob) {
            StringJoiner regex = new StringJoiner(".*");
            for (String piece : glob.split("\\*", -1)) {
                regex.add(Pattern.quote(piece));
            }
            return Pattern.compile(regex.toString());
        }
    }
}
