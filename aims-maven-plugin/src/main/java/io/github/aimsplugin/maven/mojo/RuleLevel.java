package io.github.aimsplugin.maven.mojo;

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
}
