package io.github.aimsplugin.schema.catalog;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Maven coordinate patterns of AI SDKs and runtimes; '*' matches any run of characters. */
public record AiSdks(List<Sdk> sdks) {

    public record Sdk(String name, List<String> patterns) {
        public Sdk {
            patterns = List.copyOf(patterns);
        }

        public boolean matches(String groupId, String artifactId) {
            return patterns.stream().anyMatch(pattern -> CoordinatePattern.matches(pattern, groupId, artifactId, null));
        }
    }

    public AiSdks {
        sdks = List.copyOf(sdks);
    }

    public Optional<Sdk> match(String groupId, String artifactId) {
        return sdks.stream().filter(sdk -> sdk.matches(groupId, artifactId)).findFirst();
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

        private static Pattern glob(String glob) {
            StringJoiner regex = new StringJoiner(".*");
            for (String piece : glob.split("\\*", -1)) {
                regex.add(Pattern.quote(piece));
            }
            return Pattern.compile(regex.toString());
        }
    }
}
