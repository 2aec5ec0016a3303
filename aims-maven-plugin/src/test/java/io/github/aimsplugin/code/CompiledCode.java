package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.testing.ResourceTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Test fixtures of compiled code: the Java sources of a fixture's {@code src/main/java} compiled with javac, as a
 * build would, against stubs of the AI SDK types ({@code /code/sdk-stubs}, compiled into {@code target/sdk}, which
 * stands for the classpath and is not scanned).
 */
public final class CompiledCode {

    private CompiledCode() {}

    /** Compiles the project's sources into target/classes; returns the module the scan reads. */
    public static CodeModule compile(Path project) {
        Path stubs = project.resolve("target/sdk-src");
        ResourceTrees.copy(CompiledCode.class, "/code/sdk-stubs", stubs);
        Path sdk = project.resolve("target/sdk");
        javac(sources(stubs), sdk, List.of());
        Path classes = project.resolve("target/classes");
        List<Path> sources = sources(project.resolve("src/main/java"));
        if (!sources.isEmpty()) {
            javac(sources, classes, List.of(sdk));
        }
        CodeModule conventional = CodeModule.conventional(project);
        return new CodeModule(conventional.classes(), conventional.sourceRoots(), conventional.resourceRoots(),
                List.of(sdk));
    }

    private static void javac(List<Path> sources, Path output, List<Path> classpath) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-g", "-d", output.toString(), "--release", "17"));
        if (!classpath.isEmpty()) {
            arguments.addAll(List.of("-cp", classpath.get(0).toString()));
        }
        sources.forEach(source -> arguments.add(source.toString()));
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac " + sources)
                .isZero();
    }

    private static List<Path> sources(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
