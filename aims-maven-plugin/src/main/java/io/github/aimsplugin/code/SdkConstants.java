package io.github.aimsplugin.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The string values of an SDK's model-name constants ({@code OpenAiChatModelName.GPT_4_O_MINI} is "gpt-4o-mini"),
 * read from the SDK's class file on the compile classpath without loading it: in the static initialiser, the last
 * string constant loaded before each static field of the type is stored. A constant not found stays unresolved.
 */
final class SdkConstants {

    private final List<Path> classpath;
    private final Map<String, Map<String, String>> byType = new ConcurrentHashMap<>();

    SdkConstants(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /** The value of a static field of an SDK type, or null when it cannot be read. */
    String value(String owner, String field) {
        return byType.computeIfAbsent(owner, this::read).get(field);
    }

    private Map<String, String> read(String owner) {
        return classFile(owner).map(SdkConstants::initialValues).orElse(Map.of());
    }

    private Optional<byte[]> classFile(String owner) {
        String entry = owner + ".class";
        for (Path element : classpath) {
            try {
                if (Files.isDirectory(element)) {
                    Path file = element.resolve(entry);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(Files.readAllBytes(file));
                    }
                } else if (Files.isRegularFile(element)) {
                    try (ZipFile jar = new ZipFile(element.toFile())) {
                        ZipEntry found = jar.getEntry(entry);
                        if (found != null) {
                            try (InputStream in = jar.getInputStream(found)) {
                                return Optional.of(in.readNBytes(4 * 1024 * 1024));
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable classpath element only leaves the constant unresolved.
            }
        }
        return Optional.empty();
    }

    static Map<String, String> initialValues(byte[] classFile) {
        Map<String, String> values = new HashMap<>();
        try {
            ClassReader reader = new ClassReader(classFile);
            String self = reader.getClassName();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if (!"<clinit>".equals(name)) {
                        return null;
                    }
                    List<String> strings = new ArrayList<>();
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String text) {
                                strings.add(text);
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                            if (opcode == Opcodes.PUTSTATIC && owner.equals(self)
                                    && fieldDescriptor.equals("L" + self + ";") && !strings.isEmpty()) {
                                values.put(field, strings.get(strings.size() - 1));
                            }
                            if (opcode == Opcodes.PUTSTATIC) {
                                strings.clear();
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            return Map.of();
        }
        return values;
    }
}
