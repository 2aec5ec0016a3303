package io.github.aimsplugin.build;

import java.util.List;
import java.util.stream.Collectors;

/** A resolved dependency and the path to it from the module: the module first, the dependency last. */
public record DependencyPath(List<Coordinate> path) {

    public record Coordinate(String groupId, String artifactId, String version) {
        public String shortForm() {
            return groupId + ":" + artifactId;
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + (version == null ? "" : ":" + version);
        }
    }

    public DependencyPath {
        if (path.size() < 2) {
            throw new IllegalArgumentException("a dependency path holds the module and at least one dependency");
        }
        path = List.copyOf(path);
    }

    public Coordinate dependency() {
        return path.get(path.size() - 1);
    }

    /** The dependency declared in the module's POM that brings this one in. */
    public Coordinate direct() {
        return path.get(1);
    }

    /** {@code com.acme:app → dev.langchain4j:langchain4j-open-ai:1.0.0} */
    public String render() {
        return path.stream().map(Coordinate::toString).collect(Collectors.joining(" → "));
    }
}
