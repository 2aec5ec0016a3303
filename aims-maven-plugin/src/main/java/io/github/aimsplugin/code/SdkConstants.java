package io.github.aimsplugin.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /** No SDK constant class comes near it; a planted one should not cost memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

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

    /**
     * The class file of an owner named by a class file being scanned, which anyone may have written: only a plain
     * internal name ({@code dev/langchain4j/model/openai/OpenAiChatModelName}), and only a regular file that is,
     * links resolved, inside a classpath folder, or an entry of a classpath jar. The path checked is the path read.
     */
    Optional<byte[]> classFile(String owner) {
        if (!plainInternalName(owner)) {
            return Optional.empty();
        }
        String entry = owner + ".class";
        for (Path element : classpath) {
            try {
                if (Files.isDirectory(element)) {
                    Optional<byte[]> found = inFolder(element, entry);
                    if (found.isPresent()) {
                        return found;
                    }
                } else if (Files.isRegularFile(element)) {
                    try (ZipFile jar = new ZipFile(element.toFile())) {
                        ZipEntry found = jar.getEntry(entry);
                        if (found != null && !found.isDirectory()) {
                            try (InputStream in = jar.getInputStream(found)) {
                                return Optional.of(in.readNBytes(MAX_BYTES));
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

    private static Optional<byte[]> inFolder(Path folder, String entry) throws IOException {
        Path root = folder.toRealPath();
        Path file = root.resolve(entry).normalize();
        if (!file.startsWith(root) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readNBytes(MAX_BYTES));
        }
    }

    /** Java identifiers separated by single slashes: no '.', '..', empty, absolute or drive-letter segment. */
    static boolean plainInternalName(String owner) {
        if (owner == null || owner.isEmpty() || owner.length() > 1024) {
            return false;
        }
        for (String segment : owner.split("/", -1)) {
            if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.codePointAt(0))) {
                return false;
            }
            if (!segment.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
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
