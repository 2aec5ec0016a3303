package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.DependencyPath.Coordinate;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.catalog.AiSdks.CoordinatePattern;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Third-party AI in the code is declared in the inventory: every AI SDK among the module's resolved compile and
 * runtime dependencies (transitive too) is covered by the dependency components of an AISystem in scope.
 */
public final class ThirdPartyDeclaredRule implements Rule {

    public static final String ID = "third-party-declared";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.RUNS_WITHOUT_RECORDS);
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "Every AI SDK among the resolved dependencies is covered by the components of an AISystem.";
    }

    @Override
    public String documentation() {
        return "Auditors often find third-party AI — APIs, SaaS, pre-trained models — left out of the AIMS scope."
                + " The build knows which AI SDKs the code ships with; each must belong to a declared AI system. A"
                + " dependency is covered when it, or a dependency on its path, matches an AISystem's"
                + " components.dependencies pattern.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<String> patterns = context.model().all(RecordKinds.AI_SYSTEM).stream()
                .filter(AISystem::inScope)
                .flatMap(system -> system.components().dependencies().stream())
                .toList();
        AiSdks sdks = context.settings().aiSdks();
        Set<String> reported = new HashSet<>();
        for (DependencyPath path : context.dependencies()) {
            Coordinate dependency = path.dependency();
            Optional<AiSdks.Sdk> sdk = sdks.match(dependency.groupId(), dependency.artifactId());
            if (sdk.isEmpty() || covered(path, patterns) || viaAnotherSdk(path, sdks)
                    || !reported.add(dependency.shortForm())) {
                continue;
            }
            Coordinate direct = path.direct();
            report.accept(violation(context.pomLocator().apply(direct.groupId(), direct.artifactId()), "Dependency",
                    dependency.shortForm(), sdk.get().name() + " dependency " + path.render()
                            + " is not covered by any AISystem in scope",
                    "add \"" + dependency.shortForm() + "\" (or a pattern such as \"" + dependency.groupId()
                            + ":*\") to components.dependencies of the AISystem that uses it, or declare that system",
                    dependency.shortForm()));
        }
    }

    private static boolean covered(DependencyPath path, List<String> patterns) {
        List<Coordinate> chain = path.path().subList(1, path.path().size());
        return chain.stream().anyMatch(coordinate -> patterns.stream().anyMatch(pattern -> CoordinatePattern
                .matches(pattern, coordinate.groupId(), coordinate.artifactId(), coordinate.version())));
    }

    /** An SDK pulled in by another SDK is reported through that one, which is what the team declared. */
    private static boolean viaAnotherSdk(DependencyPath path, AiSdks sdks) {
        List<Coordinate> between = path.path().subList(1, path.path().size() - 1);
        return between.stream().anyMatch(coordinate -> sdks.match(coordinate.groupId(), coordinate.artifactId())
                .isPresent());
    }
}
