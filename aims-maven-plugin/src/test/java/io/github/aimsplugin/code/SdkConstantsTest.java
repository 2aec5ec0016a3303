package io.github.aimsplugin.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.catalog.Catalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** A class file decides which owner's constants are read: only class files inside the classpath are. */
class SdkConstantsTest {

    private static final String ESCAPE = "dev/langchain4j/model/../../../../outside/Secret";

    /** A class whose static initialiser stores a string in a static field of its own type, as SDK enums do. */
    private static byte[] constants(String name, String field, String value) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, field, "L" + name + ";", null, null).visitEnd();
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        init.visitTypeInsn(Opcodes.NEW, name);
        init.visitInsn(Opcodes.DUP);
        init.visitLdcInsn(value);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "(Ljava/lang/String;)V", false);
        init.visitFieldInsn(Opcodes.PUTSTATIC, name, field, "L" + name + ";");
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A class that passes the static field {@code owner.NAME} to an SDK builder's modelName. */
    private static byte[] caller(String owner) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "com/acme/Evil", null, "java/lang/Object", null);
        String builder = "dev/langchain4j/model/openai/OpenAiChatModel$Builder";
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        run.visitCode();
        run.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/langchain4j/model/openai/OpenAiChatModel", "builder",
                "()L" + builder + ";", false);
        run.visitFieldInsn(Opcodes.GETSTATIC, owner, "NAME", "L" + owner + ";");
        run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "modelName", "(L" + owner + ";)L" + builder + ";",
                false);
        run.visitInsn(Opcodes.POP);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Path write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void anOwnerWithDotDotIsNotReadOutsideTheClasspath(@TempDir Path dir) throws Exception {
        Path classpath = Files.createDirectories(dir.resolve("cp"));
        write(dir.resolve("outside/Secret.class"), constants("outside/Secret", "NAME", "read-from-outside"));
        // The path the crafted owner names exists: only the check keeps it from being read.
        assertThat(classpath.resolve(ESCAPE + ".class").normalize()).exists();

        SdkConstants constants = new SdkConstants(List.of(classpath));

        assertThat(constants.value(ESCAPE, "NAME")).isNull();
        assertThat(constants.classFile("/" + dir.resolve("outside/Secret").toString().substring(1))).isEmpty();
        assertThat(SdkConstants.plainInternalName("dev/langchain4j/model/openai/OpenAiChatModelName")).isTrue();
        assertThat(List.of(ESCAPE, "/etc/passwd", "C:/x", "a//b", "a/./b", "a\\b", "", "a/b/"))
                .noneMatch(SdkConstants::plainInternalName);
    }

    @Test
    void aLinkOutOfTheClasspathIsNotFollowedAndAClassInsideIsRead(@TempDir Path dir) throws Exception {
        Path classpath = Files.createDirectories(dir.resolve("cp"));
        write(classpath.resolve("dev/x/Names.class"), constants("dev/x/Names", "NAME", "gpt-4o-mini"));
        Path outside = write(dir.resolve("outside/Linked.class"), constants("dev/x/Linked", "NAME", "outside"));
        Files.createSymbolicLink(classpath.resolve("dev/x/Linked.class"), outside);

        SdkConstants constants = new SdkConstants(List.of(classpath));

        assertThat(constants.value("dev/x/Names", "NAME")).isEqualTo("gpt-4o-mini");
        assertThat(constants.value("dev/x/Linked", "NAME")).isNull();
    }

    @Test
    void aCraftedClassNamingAnOwnerOutsideTheClasspathGetsNoModelNameFromIt(@TempDir Path dir) throws Exception {
        Path classpath = Files.createDirectories(dir.resolve("cp"));
        write(dir.resolve("outside/Secret.class"), constants("outside/Secret", "NAME", "read-from-outside"));
        write(dir.resolve("project/target/classes/com/acme/Evil.class"), caller(ESCAPE));
        CodeModule conventional = CodeModule.conventional(dir.resolve("project"));
        CodeModule module = new CodeModule(conventional.classes(), conventional.sourceRoots(),
                conventional.resourceRoots(), List.of(classpath));

        CodeScan scan = new CodeScanner(Catalogs.builtIn().aiSdks(), CodeCatalog.builtIn()).scanFresh(module,
                path -> path.getFileName().toString());

        assertThat(scan.uses()).isNotEmpty();
        assertThat(scan.models()).singleElement().satisfies(model -> assertThat(model.name()).isNull());
        assertThat(scan.toString()).doesNotContain("read-from-outside");
    }
}
