package io.github.aimsplugin.check;

import java.util.List;
import java.util.Map;

/**
 * A check over a validated model, everything a mojo gathered from its configuration and the project.
 *
 * @param levels configured rule levels by id
 * @param settings rule thresholds
 * @param dependencies the module's resolved compile and runtime dependencies, with their paths
 * @param pom where the module's POM is, to locate dependency findings
 */
public record CheckRequest(Map<String, Level> levels, CheckSettings settings, List<DependencyPath> dependencies,
        PomLocations pom) {

    public CheckRequest {
        levels = Map.copyOf(levels);
        dependencies = List.copyOf(dependencies);
    }
}
