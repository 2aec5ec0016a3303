package io.github.aimsplugin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.site.render.BuildRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * No static mutable state in the plugin or the schema library: per-build state lives in injected components (the
 * renderer, the scan cache), so that modules, builds and tests cannot leak into each other. Read from the compiled
 * classes: a static field that is not final, a static final field of a mutable type (a HashMap, an atomic, an
 * executor), and a static final collection made with {@code new} in the class initialiser.
 */
class NoStaticStateTest {

    /** Field types whose value is mutable whatever it holds. */
    private static final Set<String> MUTABLE_TYPES = Set.of("Ljava/util/HashMap;", "Ljava/util/LinkedHashMap;",
            "Ljava/util/TreeMap;", "Ljava/util/WeakHashMap;", "Ljava/util/IdentityHashMap;", "Ljava/util/ArrayList;",
            "Ljava/util/LinkedList;", "Ljava/util/ArrayDeque;", "Ljava/util/HashSet;", "Ljava/util/LinkedHashSet;",
            "Ljava/util/TreeSet;", "Ljava/util/concurrent/ConcurrentHashMap;", "Ljava/util/concurrent/ConcurrentMap;",
            "Ljava/util/concurrent/ExecutorService;", "Ljava/util/concurrent/ScheduledExecutorService;",
            "Ljava/util/concurrent/Executor;", "Ljava/lang/ThreadLocal;", "Ljava/lang/StringBuilder;");

    /** Declared types that may hold an immutable value: a {@code new} one in the initialiser is mutable. */
    private static final Set<String> COLLECTIONS = Set.of("Ljava/util/Map;", "Ljava/util/List;", "Ljava/util/Set;",
            "Ljava/util/Collection;", "Ljava/util/Deque;", "Ljava/util/Queue;", "Ljava/util/SortedMap;",
            "Ljava/util/NavigableMap;", "Ljava/util/SortedSet;");

    @Test
    void noClassOfThePluginOrTheSchemaLibraryHoldsStaticMutableState() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> anchor : List.of(BuildRenderer.class, AimsModel.class)) {
            for (byte[] bytes : classes(anchor)) {
                found.addAll(staticState(bytes));
            }
        }
        assertThat(found).as("static mutable fields (make them per-build components or immutable constants)")
                .isEmpty();
    }

    @Test
    void theScanFindsEachKindOfStaticState() throws IOException {
        assertThat(staticState(bytesOf(Counter.class))).containsExactly(Counter.class.getName().replace('.', '/')
                + ".count: static and not final");
        assertThat(staticState(bytesOf(Atomic.class))).singleElement().asString().contains("mutable type");
        assertThat(staticState(bytesOf(Registry.class))).singleElement().asString().contains("made with new");
        assertThat(staticState(bytesOf(Constants.class))).isEmpty();
    }

    static final class Counter {
        static int count;
    }

    static final class Atomic {
        static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
    }

    static final class Registry {
        static final java.util.Map<String, String> BY_NAME = new java.util.HashMap<>();
    }

    static final class Constants {
        static final java.util.Map<String, String> BY_NAME = java.util.Map.of("a", "b");
        static final List<String> NAMES = List.copyOf(new ArrayList<>(List.of("x")));
        static final String NAME = "n";
    }

    /** The problems of one class file, as {@code owner.field: why}. */
    static List<String> staticState(byte[] bytes) {
        List<String> found = new ArrayList<>();
        ClassReader reader = new ClassReader(bytes);
        String owner = reader.getClassName();
        List<String[]> collections = new ArrayList<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                    Object value) {
                boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
                boolean isFinal = (access & Opcodes.ACC_FINAL) != 0;
                if (isStatic && !isFinal) {
                    found.add(owner + "." + name + ": static and not final");
                } else if (isStatic && (MUTABLE_TYPES.contains(descriptor)
                        || descriptor.startsWith("Ljava/util/concurrent/atomic/"))) {
                    found.add(owner + "." + name + ": static field of a mutable type " + descriptor);
                } else if (isStatic && COLLECTIONS.contains(descriptor)) {
                    collections.add(new String[] {name, descriptor});
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                if (!name.equals("<clinit>")) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private String lastConstructed;

                    @Override
                    public void visitMethodInsn(int opcode, String methodOwner, String methodName, String desc,
                            boolean isInterface) {
                        lastConstructed = opcode == Opcodes.INVOKESPECIAL && methodName.equals("<init>")
                                ? methodOwner : null;
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String fieldOwner, String field, String desc) {
                        if (opcode == Opcodes.PUTSTATIC && fieldOwner.equals(owner) && lastConstructed != null
                                && COLLECTIONS.contains(desc)) {
                            found.add(owner + "." + field + ": static collection made with new " + lastConstructed
                                    + " (mutable)");
                        }
                        lastConstructed = null;
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found;
    }

    /** Every class file of the jar or folder a class was loaded from. */
    private static List<byte[]> classes(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<byte[]> classes = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    classes.add(Files.readAllBytes(file));
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            classes.add(in.readAllBytes());
                        }
                    }
                }
            }
        }
        assertThat(classes).as("classes next to " + anchor.getName()).hasSizeGreaterThan(20);
        return classes;
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
