package io.github.aimsplugin.code.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes a module's worth of compiled classes with ASM, for the scan benchmark: {@code count} classes in packages of
 * 100, each with a source file attribute, line numbers and ten methods of ordinary code; one class in ten also builds
 * a LangChain4j chat model with a model name and calls it, as application code does.
 */
public final class SyntheticClasses {

    private SyntheticClasses() {}

    public static void write(Path classes, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = "com/bench/p" + (i / 100) + "/Service" + i;
            Path file = classes.resolve(name + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, generate(name, i % 10 == 0));
        }
    }

    static byte[] generate(String name, boolean usesAi) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        writer.visitSource(name.substring(name.lastIndexOf('/') + 1) + ".java", null);
        writer.visitField(Opcodes.ACC_PRIVATE, "state", "Ljava/lang/String;", null, null).visitEnd();
        int line = 10;
        for (int m = 0; m < 10; m++) {
            MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "work" + m,
                    "(Ljava/lang/String;)Ljava/lang/String;", null, null);
            method.visitCode();
            for (int step = 0; step < 4; step++) {
                Label label = new Label();
                method.visitLabel(label);
                method.visitLineNumber(line++, label);
                method.visitVarInsn(Opcodes.ALOAD, 1);
                method.visitLdcInsn("step " + step);
                method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat",
                        "(Ljava/lang/String;)Ljava/lang/String;", false);
                method.visitVarInsn(Opcodes.ASTORE, 1);
            }
            if (usesAi && m == 0) {
                Label label = new Label();
                method.visitLabel(label);
                method.visitLineNumber(line++, label);
                String builder = "dev/langchain4j/model/openai/OpenAiChatModel$OpenAiChatModelBuilder";
                method.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/langchain4j/model/openai/OpenAiChatModel",
                        "builder", "()L" + builder + ";", false);
                method.visitLdcInsn("gpt-4o-mini-2024-07-18");
                method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "modelName", "(Ljava/lang/String;)L" + builder
                        + ";", false);
                method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "build",
                        "()Ldev/langchain4j/model/openai/OpenAiChatModel;", false);
                method.visitVarInsn(Opcodes.ALOAD, 1);
                method.visitMethodInsn(Opcodes.INVOKEINTERFACE, "dev/langchain4j/model/chat/ChatModel", "chat",
                        "(Ljava/lang/String;)Ljava/lang/String;", true);
                method.visitVarInsn(Opcodes.ASTORE, 1);
            }
            method.visitVarInsn(Opcodes.ALOAD, 1);
            method.visitInsn(Opcodes.ARETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }
}
