package io.github.aimsplugin.site;

import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.release.ServiceRelease;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LogText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The portfolio of an aggregate: what the bundles of its released services say about their releases. */
final class Portfolios {

    private Portfolios() {}

    /**
     * The services among the workspace's bundles (the organisation's own bundle is not one); the organisation is the
     * one this workspace is checked against, else the aggregating project itself.
     */
    static Portfolio of(Workspace workspace, AimsModel model, Exports.Identity identity, Consumer<String> warn) {
        String organisation = model.records().stream().filter(record -> record.origin().organisation())
                .map(record -> record.origin().module()).findFirst()
                .orElse(identity == null || identity.version() == null ? "" : identity.project() + ":"
                        + identity.version().replace("-SNAPSHOT", ""));
        List<ServiceRelease> services = new ArrayList<>();
        for (Map.Entry<String, Path> bundle : workspace.bundles().entrySet()) {
            if (bundle.getKey().equals(organisation)) {
                continue;
            }
            try {
                services.add(ServiceRelease.read(bundle.getKey(), bundle.getValue()));
            } catch (IOException e) {
                warn.accept("AIMS site: " + LogText.escape(bundle.getKey()) + " is left out of the portfolio: "
                        + LogText.escape(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            }
        }
        return new Portfolio(organisation, services);
    }
}
