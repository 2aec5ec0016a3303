package io.github.aimsplugin.trail;

import java.util.List;
import java.util.Map;

/**
 * What a system's code is, for the history: path prefixes (a package's folder under each source root, a listed
 * resource path) relative to the project directory, and the dependency patterns whose POM entries count.
 *
 * @param system the AI system id
 * @param paths path prefixes relative to the project directory, with '/' separators
 * @param dependencies groupId:artifactId patterns of its AI SDK dependencies
 */
public record GovernedCode(String system, List<String> paths, List<String> dependencies) {

    public GovernedCode {
        paths = List.copyOf(paths);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * The commits that changed each system's governed code, newest first, and the governed files that differ from
     * HEAD in the working tree.
     *
     * @param status "complete", or why the history is partial or absent (shallow clone, no git)
     * @param available whether the commits can be trusted to be all of them (false: say so, never fail)
     */
    public record History(String status, boolean available, Map<String, List<CodeCommit>> commits,
            Map<String, List<String>> uncommitted) {

        public History {
            commits = Map.copyOf(commits);
            uncommitted = Map.copyOf(uncommitted);
        }

        public static History unavailable(String why) {
            return new History(why, false, Map.of(), Map.of());
        }

        public List<CodeCommit> of(String system) {
            return commits.getOrDefault(system, List.of());
        }
    }
}
