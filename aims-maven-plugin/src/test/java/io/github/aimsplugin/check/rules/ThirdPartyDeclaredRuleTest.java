package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.DependencyPath.Coordinate;
import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThirdPartyDeclaredRuleTest {

    private static final Coordinate APP = new Coordinate("com.acme", "app", "1.0");
    private static final Coordinate OPEN_AI = new Coordinate("dev.langchain4j", "langchain4j-open-ai", "1.19.0");
    private static final Coordinate CORE = new Coordinate("dev.langchain4j", "langchain4j-core", "1.19.0");
    private static final Coordinate DJL = new Coordinate("ai.djl", "api", "0.36.0");
    private static final Coordinate JACKSON = new Coordinate("com.fasterxml.jackson.core", "jackson-databind", "2.22.1");

    /** The fixture's dependency graph: LangChain4j (declared by the chat system), DJL (declared by nobody). */
    private static final List<DependencyPath> GRAPH = List.of(
            new DependencyPath(List.of(APP, OPEN_AI)),
            new DependencyPath(List.of(APP, OPEN_AI, CORE)),
            new DependencyPath(List.of(APP, OPEN_AI, JACKSON)),
            new DependencyPath(List.of(APP, DJL)));

    private final ThirdPartyDeclaredRule rule = new ThirdPartyDeclaredRule();

    @Test
    void declaredSdksAndTheirTransitiveSdksPass(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir)
                .withDependencies(List.of(GRAPH.get(0), GRAPH.get(1), GRAPH.get(2))).run(rule)).isEmpty();
    }

    @Test
    void undeclaredSdkIsReportedAtItsPomLineWithItsPath(@TempDir Path dir) throws Exception {
        RuleFixture fixture = RuleFixture.failing("third-party-declared", dir).withDependencies(GRAPH);
        assertThat(Files.exists(fixture.root().resolve("pom.xml"))).isTrue();

        assertThat(fixture.run(rule)).containsExactly("pom.xml:14:7: [Dependency ai.djl:api] Deep Java Library (DJL)"
                + " dependency com.acme:app:1.0 → ai.djl:api:0.36.0 is not covered by any AISystem in scope; fix: add"
                + " \"ai.djl:api\" (or a pattern such as \"ai.djl:*\") to components.dependencies of the AISystem that"
                + " uses it, or declare that system (third-party-declared)");
    }

    @Test
    void anSdkReachedThroughAnUndeclaredSdkIsReportedOnceThroughIt(@TempDir Path dir) throws Exception {
        RuleFixture fixture = RuleFixture.passing(dir).withDependencies(List.of(
                new DependencyPath(List.of(APP, DJL)),
                new DependencyPath(List.of(APP, DJL, new Coordinate("ai.djl.huggingface", "tokenizers", "0.36.0")))));

        assertThat(fixture.run(rule)).singleElement().asString().contains("[Dependency ai.djl:api]");
    }
}
