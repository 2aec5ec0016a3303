package io.github.aimsplugin.site;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.RecordSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a site is made of, hashed before anything is parsed: the plugin, its templates, the configuration, the date,
 * git's HEAD, the record files of every module (found as validation finds them), the POMs, the released bundles, the
 * resolved dependencies, the template folder and the previous bundle. The evidence files are added from the stamp
 * ({@link SiteStamp}), which lists the files the manifest hashes too.
 */
final class SiteInputs {

    private SiteInputs() {}

    static InputFingerprint fingerprint(SiteService.Request request, String gitHead) throws IOException {
        Workspace workspace = request.check().workspace();
        Path base = workspace.base();
        InputFingerprint fingerprint = new InputFingerprint()
                .text("plugin", String.valueOf(request.pluginVersion()))
                .codeOf(SiteInputs.class)
                .codeOf(AimsValidator.class);
        for (String resource : SiteWriter.builtInResources()) {
            fingerprint.resource(resource);
        }
        fingerprint.text("today", request.check().today().toString())
                .text("git", gitHead)
                .text("configuration", request.check().fingerprint() + ";pdf=" + request.pdf() + ";goal="
                        + request.goal() + ";exports=" + request.exports());
        for (RecordSource source : workspace.sources()) {
            fingerprint.text("module", source.module())
                    .records(base, source.sourceDirectories())
                    .file(base, source.baseDirectory().resolve("pom.xml"));
        }
        for (Map.Entry<String, Path> release : request.releases().entrySet()) {
            fingerprint.text("release", release.getKey()).file(release.getValue().getParent(), release.getValue());
        }
        for (Map.Entry<String, Path> bundle : workspace.bundles().entrySet()) {
            fingerprint.text("bundle", bundle.getKey()).file(bundle.getValue().getParent(), bundle.getValue());
        }
        // The dashboard shows third-party-declared's findings, which depend on the resolved dependencies.
        fingerprint.text("dependencies", String.join("\n", workspace.dependencies().stream()
                .map(DependencyPath::render).toList()));
        // The Code sections show what the scan reads: the compiled classes and the configured model names.
        for (io.github.aimsplugin.code.CodeModule module : workspace.code()) {
            fingerprint.text("classes", workspace.shown(module.classes()));
            if (module.classes().startsWith(base)) {
                fingerprint.directory(base, module.classes());
            }
            for (Path resources : module.resourceRoots()) {
                for (String name : java.util.List.of("application.properties", "application.yml",
                        "application.yaml")) {
                    if (resources.startsWith(base)) {
                        fingerprint.file(base, resources.resolve(name));
                    }
                }
            }
        }
        fingerprint.directory(base, request.templates()).text("diffAgainst", String.valueOf(request.previous()));
        return request.previous() == null ? fingerprint : fingerprint.file(base, request.previous());
    }
}
