package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.ComplianceCheck;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.export.Exports;
import io.github.aimsplugin.release.ReleaseService;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.validation.RecordValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site service's first step with plain {@code new}: the inputs' fingerprint and the up-to-date decision. */
class SiteServiceTest {

    private final List<String> log = new ArrayList<>();
    private final RecordValidation validation = new RecordValidation();
    private final SiteService service = new SiteService(new ComplianceCheck(validation,
            BuiltInRules.all(), log::add, log::add, new io.github.aimsplugin.code.ScanCache()),
            new ReleaseService(validation), log::add, log::add,
            io.github.aimsplugin.site.render.TestRenderers.BUILD);

    @Test
    void aSiteIsUpToDateOnlyWhenItsStampHoldsTheFingerprintOfTheSameInputs(@TempDir Path copy) throws Exception {
        Path project = copy.resolve("project");
        copyTree(Path.of(SiteServiceTest.class.getResource("/rules/passing").toURI()), project);
        Path site = project.resolve("target/aims-site");

        SiteService.Plan first = service.plan(request(project, site));
        assertThat(first.upToDate()).isFalse();

        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<html/>");
        String built = first.inputs().copy().evidence(project, List.of()).hex();
        Files.writeString(site.resolve(SiteStamp.FILE), new SiteStamp(built, List.of()).text());
        SiteService.Plan second = service.plan(request(project, site));
        assertThat(second.upToDate()).isTrue();
        assertThat(second.upToDateLine()).matches(
                "AIMS site is up to date \\(inputs unchanged, checked in \\d+ ms\\): target/aims-site/index.html");

        try (var files = Files.list(project.resolve("src/main/aims"))) {
            Path record = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(record, Files.readString(record) + "\n# edited\n");
        }
        assertThat(service.plan(request(project, site)).upToDate()).isFalse();
        assertThat(log).isEmpty();
    }

    private static SiteService.Request request(Path project, Path site) {
        CheckRequest check = new CheckRequest(Workspace.module(project, List.of(Path.of("src/main/aims")), List.of()),
                LocalDate.of(2026, 11, 28), YamlLimits.defaults(), Map.of(), CheckSettings.defaults(), false);
        return new SiteService.Request(check, site, null, false, List.of(), null, null, "test", "site",
                new Exports.Identity("g:a", "1.0", "2026-11-28T00:00:00Z"));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
