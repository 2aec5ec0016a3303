package io.github.aimsplugin.maven.mojo;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** Whether this build skips its tests (-DskipTests or -Dmaven.test.skip), so evaluations the tests write are absent. */
final class TestsSkipped {

    private TestsSkipped() {}

    /** The flag that skipped the tests, as typed ({@code -DskipTests}, {@code -Dmaven.test.skip}); null: they ran. */
    static String by(MavenProject project, MavenSession session) {
        return set("skipTests", project, session) ? "-DskipTests"
                : set("maven.test.skip", project, session) ? "-Dmaven.test.skip" : null;
    }

    /** When the build started, or null when the session does not say. */
    static java.time.Instant buildStarted(MavenSession session) {
        return session == null || session.getRequest() == null || session.getRequest().getStartTime() == null ? null
                : session.getRequest().getStartTime().toInstant();
    }

    private static boolean set(String name, MavenProject project, MavenSession session) {
        String value = session == null ? null : session.getUserProperties().getProperty(name);
        if (value == null && session != null) {
            value = session.getSystemProperties().getProperty(name);
        }
        if (value == null && project != null) {
            value = project.getProperties().getProperty(name);
        }
        // a bare -DskipTests sets the empty string or "true"
        return value != null && (value.isEmpty() || Boolean.parseBoolean(value.strip()));
    }
}
