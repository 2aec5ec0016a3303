package io.github.aimsplugin.schema.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" help for mistyped ids, kinds and field names. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);

    private Suggestions() {}

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty()) {
            return Optional.empty();
        }
        int allowed = input.length() <= 3 ? 1 : Math.min(3, Math.max(2, input.length() / 3));
        return candidates.stream()
                .filter(candidate -> !candidate.equals(input))
                .map(candidate -> new Scored(candidate, distance(input, candidate)))
                .filter(scored -> scored.distance >= 0 && scored.distance <= allowed)
                .min(Comparator.comparingInt(Scored::distance)
                        .thenComparingInt(scored -> characterGap(input, scored.candidate))
                        .thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** "; did you mean 'x'?" or the empty string. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(found -> "; did you mean '" + found + "'?").orElse("");
    }

    private static int distance(String input, String candidate) {
        int exact = DISTANCE.apply(input, candidate);
        int folded = DISTANCE.apply(input.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
        if (exact < 0) {
            return folded;
        }
        return folded < 0 ? exact : Math.min(exact, folded);
    }

    /** For equal edit distances, prefer the nearest characters, so a mistyped last digit suggests its neighbour. */
    private static int characterGap(String input, String candidate) {
        if (input.length() != candidate.length()) {
            return Integer.MAX_VALUE;
        }
        int gap = 0;
        for (int i = 0; i < input.length(); i++) {
            gap += Math.abs(input.charAt(i) - candidate.charAt(i));
        }
        return gap;
    }

    private record Scored(String candidate, int distance) {}
}
