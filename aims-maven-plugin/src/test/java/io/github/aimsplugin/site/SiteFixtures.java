package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.rules.BuiltInRules;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.RuleEngine;
import io.github.aimsplugin.schema.AimsValidator;
import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationRequest;
import io.github.aimsplugin.schema.ValidationResult;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds sites for tests: the example project's records, or a fixture project, validated and checked first. */
final class SiteFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private SiteFixtures() {}

    static Path exampleProject() {
        return Path.of("..", "example-project").toAbsolutePath().normalize();
    }

    static Path fixture(String name, Path target) {
        ResourceTrees.copy(SiteFixtures.class, "/site/" + name, target);
        return target;
    }

    static SiteInput input(Path project) {
        ValidationResult validated = new AimsValidator().validate(new ValidationRequest(project,
                List.of(Path.of("src/main/aims")), TODAY, YamlLimits.defaults()));
        assertThat(validated.problems()).extracting(Problem::format).isEmpty();
        RuleContext context = new RuleContext(validated.model(), Catalogs.builtIn(), TODAY, CheckSettings.defaults(),
                List.of(), (group, artifact) -> SourceLocation.startOf("pom.xml"),
                SourceLocation.startOf("src/main/aims"), Map.of(), Map.of(), null);
        CheckResult check = new RuleEngine(BuiltInRules.all()).run(context, Map.of());
        return new SiteInput(validated.model(), check, Catalogs.builtIn(), project, TODAY, "0123456789abcdef",
                "test", "2026-11-28");
    }

    static SiteGenerator.Outcome build(Path project, Path site) throws IOException {
        return new SiteGenerator(io.github.aimsplugin.site.render.TestRenderers.BUILD).generate(input(project), site, null, "fingerprint");
    }
}
