package io.github.aimsplugin.maven.mojo;

import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.site.render.RendererMain;
import io.github.aimsplugin.site.render.RendererSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The parameters of the goals that write a site (site, aggregate) turned into what the site and its renderer take,
 * with a bad value reported as a {@link MojoExecutionException}. The parameters themselves are declared once, in
 * {@link AbstractAimsMojo}; this holds only what is done with them, as jacoco's report mojos share one support class.
 */
final class SiteParameters {

    private SiteParameters() {}

    /** aims.templateDirectory as an absolute folder, or null when unset; a path that is no folder is refused. */
    static Path templates(File templateDirectory) throws MojoExecutionException {
        if (templateDirectory == null) {
            return null;
        }
        if (!templateDirectory.isDirectory()) {
            throw new MojoExecutionException("aims.templateDirectory " + templateDirectory + " is not a directory");
        }
        return templateDirectory.toPath().toAbsolutePath().normalize();
    }

    /** aims.siteExports (comma-separated formats) as formats; none when unset or blank. */
    static List<Exports.Format> exports(String siteExports) throws MojoExecutionException {
        try {
            return siteExports == null || siteExports.isBlank() ? List.of() : List.copyOf(Exports.parse(siteExports));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("aims.siteExports: " + e.getMessage(), e);
        }
    }

    /**
     * How the build's renderer runs: the mode, heap, timeout and JVMs asked for, the plugin's own jars, the
     * class-data cache under the local repository.
     */
    static RendererSettings renderer(String mode, String maxHeap, int timeoutSeconds, Integer jvms,
            MavenSession session, ClassLoader plugin) throws MojoExecutionException {
        Path cache = null;
        String owner = "";
        if (session != null && session.getRepositorySession() != null
                && session.getRepositorySession().getLocalRepository() != null) {
            cache = session.getRepositorySession().getLocalRepository().getBasedir().toPath()
                    .resolve(".cache/aims-maven-plugin/cds");
            owner = session.getExecutionRootDirectory() == null ? "" : session.getExecutionRootDirectory();
        }
        try {
            return new RendererSettings(RendererSettings.Mode.parse(mode), maxHeap.trim(),
                    Duration.ofSeconds(timeoutSeconds), RendererSettings.classPathOf(plugin), cache, owner,
                    RendererMain.class.getName(), jvms == null ? RendererSettings.defaultJvms() : jvms);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * What tells this build from an earlier one in the same JVM (the Maven daemon): the execution request, which the
     * per-module copies of the session share, and its start time.
     */
    static String buildId(MavenSession session) {
        if (session == null || session.getRequest() == null) {
            return null;
        }
        Date started = session.getRequest().getStartTime();
        return System.identityHashCode(session.getRequest()) + "@" + (started == null ? 0 : started.getTime());
    }
}
