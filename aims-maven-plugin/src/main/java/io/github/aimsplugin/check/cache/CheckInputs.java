package io.github.aimsplugin.check.cache;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.RecordSource;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.RecordFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The key of a check: a SHA-256 over everything a check reads that is known before a record is parsed — the plugin
 * and its built-in catalogs, the date, git's HEAD, the settings and rule levels, the record files, the POMs, the
 * bundles, the resolved dependencies and the stamp of the build output the code scan reads. What only the records
 * name (metric sources, governed paths) is checked apart, from the entry ({@link Watched}).
 */
public final class CheckInputs {

    /** Raised when anything about the key or the entry's format changes, so that no older entry is ever taken. */
    static final String FORMAT = "2";

    /** The built-in catalogs, by name under {@link Catalogs#CATALOG_PATH}. */
    static final List<String> CATALOGS = List.of("ai-code.yaml", "ai-sdks.yaml", "annex-a.yaml", "annex-c.yaml",
            "clauses.yaml", "default-risk-criteria.yaml", "eu-ai-act.yaml", "nist-ai-rmf.yaml", "nist-crosswalk.yaml");

    private CheckInputs() {}

    /**
     * @param gitHead where HEAD points ({@code GitHeadStamp}), read only when git history is on
     * @param configuration what else the caller's output depends on (fail level, report folder)
     * @param baseline the baseline file the violations are compared with (absent or null: none)
     */
    public static String key(CheckRequest request, String pluginVersion, String gitHead, String configuration,
            Path baseline) throws IOException {
        Digest digest = digest(request, pluginVersion, gitHead, CheckInputs.class.getClassLoader())
                .text("configuration", configuration);
        return (baseline == null ? digest.text("baseline", "none") : digest.file("baseline", baseline)).hex();
    }

    /** @param catalogs where the built-in catalogs are read (the plugin's class path) */
    static Digest digest(CheckRequest request, String pluginVersion, String gitHead, ClassLoader catalogs)
            throws IOException {
        Workspace workspace = request.workspace();
        Digest digest = new Digest().text("format", FORMAT).text("plugin", pluginVersion)
                .codeOf(CheckInputs.class).codeOf(AimsValidator.class);
        for (String catalog : CATALOGS) {
            digest.resource(catalogs, Catalogs.CATALOG_PATH + catalog);
        }
        digest.text("base", workspace.base()).text("today", request.today())
                .text("git", request.gitHistory() ? gitHead : "off")
                .text("settings", request.fingerprint())
                .text("placeholders", new java.util.TreeSet<>(request.settings().placeholders()))
                .text("limits", request.limits());
        for (RecordSource source : workspace.sources()) {
            digest.text("module", source.module() + "@" + source.baseDirectory());
            for (RecordFiles.RecordFile file : RecordFiles.find(workspace.base(), source.baseDirectory(),
                    source.sourceDirectories())) {
                digest.file("record", file.path());
            }
        }
        for (Path pom : workspace.poms()) {
            digest.file("pom", pom);
        }
        for (Map.Entry<String, Path> bundle : workspace.bundles().entrySet()) {
            digest.text("bundle", bundle.getKey()).file("bundle-file", bundle.getValue());
        }
        digest.text("dependencies", String.join("\n", workspace.dependencies().stream()
                .map(DependencyPath::render).toList()));
        for (CodeModule module : workspace.code()) {
            code(digest, module);
        }
        return digest;
    }

    /** What the code scan reads: classes, sources (class to file, governed code), model names, constants' jars. */
    private static void code(Digest digest, CodeModule module) throws IOException {
        digest.stamp("classes", module.classes());
        for (Path root : module.sourceRoots()) {
            digest.stamp("sources", root);
        }
        for (Path root : module.resourceRoots()) {
            digest.stamp("resources", root); // application*.properties and *.yml, with their profiles
        }
        for (Path entry : module.classpath()) {
            digest.stamp("classpath", entry);
        }
    }
}
