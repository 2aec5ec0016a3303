package io.github.aimsplugin.maven.mojo;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One entry of {@code <rules>}: {@code <rule><id>review-fresh</id><level>warning</level></rule>}; level is error,
 * warning or off.
 */
public class RuleLevel {

    private String id;
    private String level;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    /** The configured levels as (rule id, level) pairs, in the POM's order; none when {@code <rules>} is unset. */
    static List<Map.Entry<String, String>> entries(List<RuleLevel> rules) {
        return (rules == null ? List.<RuleLevel>of() : rules).stream()
                .map(rule -> new AbstractMap.SimpleEntry<>(rule.getId(), rule.getLevel()))
                .collect(Collectors.toList());
    }
}
