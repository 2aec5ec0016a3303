package io.github.aimsplugin.check.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.check.CheckRequest;
import io.github.aimsplugin.check.CheckSettings;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.YamlLimits;
import io.github.aimsplugin.trail.GitHeadStamp;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of a check changes with each kind of input it reads, and only then. */
class CheckInputsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path project;

    @BeforeEach
    void aModule() throws Exception {
        write("pom.xml", "<project><artifactId>m</artifactId></project>");
        write("src/main/aims/system.yaml", "kind: AISystem\nid: scorer\n");
    }

    @Test
    void theSameInputsGiveTheSameKey() throws Exception {
        assertThat(key(request())).isEqualTo(key(request())).hasSize(64);
    }

    @Test
    void aRecordChangedAddedOrRemoved() throws Exception {
        String before = key(request());
        write("src/main/aims/system.yaml", "kind: AISystem\nid: scorer2\n");
        String edited = key(request());
        write("src/main/aims/more/risk.yml", "kind: Risk\n");
        String added = key(request());
        Files.delete(project.resolve("src/main/aims/more/risk.yml"));

        assertThat(List.of(before, edited, added)).doesNotHaveDuplicates();
        assertThat(key(request())).isEqualTo(edited);
    }

    @Test
    void aBuiltInCatalog(@TempDir Path same, @TempDir Path edited) throws Exception {
        ClassLoader plugin = CheckInputs.class.getClassLoader();
        for (String catalog : CheckInputs.CATALOGS) {
            try (InputStream in = plugin.getResourceAsStream(Catalogs.CATALOG_PATH + catalog)) {
                assertThat(in).as("built-in catalog %s", catalog).isNotNull();
                byte[] bytes = in.readAllBytes();
                copy(same, catalog, bytes);
                copy(edited, catalog, catalog.equals("annex-a.yaml") ? (new String(bytes) + "\n# edited\n").getBytes()
                        : bytes);
            }
        }
        assertThat(digest(request(), loader(same))).isEqualTo(digest(request(), plugin));
        assertThat(digest(request(), loader(edited))).isNotEqualTo(digest(request(), plugin));
    }

    @Test
    void everyBuiltInCatalogIsHashed() throws Exception {
        URL folder = CheckInputs.class.getClassLoader().getResource(Catalogs.CATALOG_PATH + "annex-a.yaml");
        java.net.URI uri = folder.toURI();
        // aims-schema/target/classes under `test`, its jar under `verify` and `install`
        try (java.nio.file.FileSystem jar = "jar".equals(uri.getScheme())
                ? java.nio.file.FileSystems.newFileSystem(uri, Map.of()) : null;
                var files = Files.list(Path.of(uri).getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(CheckInputs.CATALOGS);
        }
    }

    @Test
    void aSettingARuleLevelOrTheDate() throws Exception {
        String before = key(request());
        CheckRequest base = request();
        CheckSettings words = CheckSettings.defaults().withMinJustificationWords(3);
        assertThat(key(new CheckRequest(base.workspace(), TODAY, base.limits(), Map.of(), words, false)))
                .isNotEqualTo(before);
        assertThat(key(new CheckRequest(base.workspace(), TODAY, base.limits(), Map.of("review-fresh", Level.OFF),
                base.settings(), false))).isNotEqualTo(before);
        assertThat(key(new CheckRequest(base.workspace(), TODAY.plusDays(1), base.limits(), Map.of(),
                base.settings(), false))).isNotEqualTo(before);
        assertThat(key(new CheckRequest(base.workspace(), TODAY, base.limits(), Map.of(), base.settings(), true)))
                .isNotEqualTo(before);
    }

    @Test
    void theResolvedDependencies() throws Exception {
        DependencyPath.Coordinate module = new DependencyPath.Coordinate("com.acme", "m", "1");
        DependencyPath sdk = new DependencyPath(List.of(module, new DependencyPath.Coordinate("dev.langchain4j",
                "langchain4j", "1.0.0")));
        DependencyPath newer = new DependencyPath(List.of(module, new DependencyPath.Coordinate("dev.langchain4j",
                "langchain4j", "1.1.0")));

        assertThat(List.of(key(request()), key(request(List.of(sdk))), key(request(List.of(newer)))))
                .doesNotHaveDuplicates();
    }

    @Test
    void theCompiledClassesTheSourcesAndTheResources() throws Exception {
        write("target/classes/com/acme/Scorer.class", "v1");
        Workspace code = workspace(List.of()).withCode(List.of(CodeModule.conventional(project)));
        String before = key(request(code));
        Path compiled = project.resolve("target/classes/com/acme/Scorer.class");
        Files.setLastModifiedTime(compiled, FileTime.fromMillis(Files.getLastModifiedTime(compiled).toMillis()
                + 2000));
        String recompiled = key(request(code));
        write("src/main/java/com/acme/Scorer.java", "class Scorer {}");
        String source = key(request(code));
        write("src/main/resources/application-prod.yml", "model: gpt-4o");
        String resource = key(request(code));

        assertThat(List.of(key(request()), before, recompiled, source, resource)).doesNotHaveDuplicates();
    }

    @Test
    void aGitCommit() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("one").setSign(false).call();
            String first = GitHeadStamp.of(project).orElseThrow();
            git.commit().setMessage("two").setAllowEmpty(true).setSign(false).call();
            String second = GitHeadStamp.of(project).orElseThrow();

            CheckRequest history = new CheckRequest(workspace(List.of()), TODAY, YamlLimits.defaults(), Map.of(),
                    request().settings(), true);
            assertThat(CheckInputs.key(history, "1", first, "", null))
                    .isNotEqualTo(CheckInputs.key(history, "1", second, "", null));
            // Without git history, HEAD is no input.
            assertThat(CheckInputs.key(request(), "1", first, "", null))
                    .isEqualTo(CheckInputs.key(request(), "1", second, "", null));
        }
    }

    @Test
    void aBundleThePomOrTheBaseline() throws Exception {
        Path bundle = write("bundles/org.json", "{\"records\":[]}");
        Workspace joined = workspace(List.of()).withOrganisation("com.acme:org:1", bundle, List.of());
        String before = key(request(joined));
        write("bundles/org.json", "{\"records\":[1]}");
        String bundleChanged = key(request(joined));
        write("pom.xml", "<project><artifactId>m2</artifactId></project>");
        String pomChanged = key(request(joined));

        assertThat(List.of(key(request()), before, bundleChanged, pomChanged)).doesNotHaveDuplicates();

        Path baseline = project.resolve("aims-baseline.json");
        String none = CheckInputs.key(request(), "1", "off", "", baseline);
        write("aims-baseline.json", "{}");
        assertThat(CheckInputs.key(request(), "1", "off", "", baseline)).isNotEqualTo(none);
        assertThat(CheckInputs.key(request(), "1", "off", "failOn=warning", baseline))
                .isNotEqualTo(CheckInputs.key(request(), "1", "off", "failOn=error", baseline));
        assertThat(CheckInputs.key(request(), "2", "off", "", baseline))
                .isNotEqualTo(CheckInputs.key(request(), "1", "off", "", baseline));
    }

    private CheckRequest request() {
        return request(List.of());
    }

    private CheckRequest request(List<DependencyPath> dependencies) {
        return request(workspace(dependencies));
    }

    private CheckRequest request(Workspace workspace) {
        return new CheckRequest(workspace, TODAY, YamlLimits.defaults(), Map.of(),
                CheckSettings.defaults(), false);
    }

    private Workspace workspace(List<DependencyPath> dependencies) {
        return Workspace.module(project, List.of(Path.of("src/main/aims")), dependencies);
    }

    private static String key(CheckRequest request) throws Exception {
        return CheckInputs.key(request, "1", "off", "", null);
    }

    private static String digest(CheckRequest request, ClassLoader catalogs) throws Exception {
        return CheckInputs.digest(request, "1", "off", catalogs).hex();
    }

    private static ClassLoader loader(Path root) throws Exception {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static void copy(Path root, String catalog, byte[] bytes) throws Exception {
        Path file = root.resolve(Catalogs.CATALOG_PATH + catalog);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private Path write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
