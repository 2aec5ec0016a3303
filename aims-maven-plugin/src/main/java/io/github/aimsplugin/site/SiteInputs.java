package io.github.aimsplugin.site;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.cache.CheckInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a site is made of, hashed before anything is parsed: the check's inputs ({@link CheckInputs}: the plugin, the
 * date, the settings, the record files of every module, the POMs, the bundles, the resolved dependencies, the code
 * scan's inputs), the site's templates and configuration, git's HEAD, the released bundles compared with, the template
 * folder and the previous bundle. The evidence files are added from the stamp
 * ({@link SiteStamp}), which lists the files the manifest hashes too.
 */
final class SiteInputs {

    private SiteInputs() {}

    static InputFingerprint fingerprint(SiteService.Request request, String gitHead) throws IOException {
        Workspace workspace = request.check().workspace();
        Path base = workspace.base();
        // What the check reads (records, POMs, bundles, dependencies, settings, date, the code scan's inputs) is the
        // check cache's key: one definition of "the check's inputs changed" for both goals.
        InputFingerprint fingerprint = new InputFingerprint()
                .text("check", CheckInputs.key(request.check(), String.valueOf(request.pluginVersion()), gitHead,
                        "site", null))
                .codeOf(SiteInputs.class);
        for (String resource : SiteWriter.builtInResources()) {
            fingerprint.resource(resource);
        }
        // The site reads git even where the check does not (record histories, provenance).
        fingerprint.text("git", gitHead)
                .text("configuration", "pdf=" + request.pdf() + ";goal=" + request.goal() + ";exports="
                        + request.exports());
        for (Map.Entry<String, Path> release : request.releases().entrySet()) {
            fingerprint.text("release", release.getKey()).file(release.getValue().getParent(), release.getValue());
        }
        fingerprint.directory(base, request.templates()).text("diffAgainst", String.valueOf(request.previous()));
        return request.previous() == null ? fingerprint : fingerprint.file(base, request.previous());
    }
}
