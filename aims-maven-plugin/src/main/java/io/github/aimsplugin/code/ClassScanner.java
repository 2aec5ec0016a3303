package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one class file with ASM, without loading it: every reference to an AI SDK type (calls, constructions, field
 * accesses, casts, method references, fields and locals of SDK types, annotations such as {@code @Tool} or
 * {@code @RegisterAiService}), the model names passed to an SDK (see {@link MethodScanner}), and string constants
 * shaped like API keys, in code, string concatenations and annotation values. Not thread-safe; one per class.
 */
final class ClassScanner extends ClassVisitor {

    /** What one class holds; keys are looked for only when the class uses an SDK. */
    record Findings(List<UseSite> uses, List<ModelNameUse> models, List<KeyConstant> keys) {}

    final SdkApis apis;
    final CodeCatalog catalog;
    final SdkConstants constants;
    private final BiFunction<String, String, String> sourcePath;

    private String internalName = "";
    String className = "";
    String file = "";
    private int firstLine;
    private final Set<UseSite> uses = new LinkedHashSet<>();
    final List<ModelNameUse> models = new ArrayList<>();
    private final List<String[]> strings = new ArrayList<>(); // constant, line
    private final List<Object[]> fieldTypes = new ArrayList<>(); // field name, api, type
    private final List<String[]> classAnnotations = new ArrayList<>(); // annotation type

    /** @param sourcePath the shown path of a class's source, from its package path and SourceFile attribute */
    ClassScanner(SdkApis apis, CodeCatalog catalog,
            BiFunction<String, String, String> sourcePath, SdkConstants constants) {
        super(Opcodes.ASM9);
        this.apis = apis;
        this.catalog = catalog;
        this.sourcePath = sourcePath;
        this.constants = constants;
    }

    Findings scan(byte[] classFile) {
        new ClassReader(classFile).accept(this, ClassReader.SKIP_FRAMES);
        for (Object[] field : fieldTypes) {
            SdkApis.Api api = (SdkApis.Api) field[1];
            uses.add(new UseSite(className, "<field " + field[0] + ">", file, firstLine, api.sdk(), api.family(),
                    simple((String) field[2]), api.local()));
        }
        // Class annotations have no line: the class's first line stands for them (an interface has none: 0).
        classAnnotations.forEach(type -> annotationUse(type[0], "<class>", firstLine));
        Map<String, KeyConstant> keys = new LinkedHashMap<>();
        if (!uses.isEmpty()) {
            for (String[] constant : strings) {
                // A field's constant has no line; the place that loads it does, and wins.
                key(constant[0], Integer.parseInt(constant[1])).ifPresent(found -> keys.merge(found.masked(), found,
                        (kept, other) -> kept.line() == firstLine && other.line() != firstLine ? other : kept));
            }
        }
        return new Findings(List.copyOf(uses), models, List.copyOf(keys.values()));
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        internalName = name;
        className = name.replace('/', '.');
        int slash = name.lastIndexOf('/');
        String simple = name.substring(slash + 1);
        int dollar = simple.indexOf('$');
        file = sourcePath.apply(slash < 0 ? "" : name.substring(0, slash),
                (dollar < 0 ? simple : simple.substring(0, dollar)) + ".java");
        typeUse(superName, "<class>", 0);
        if (interfaces != null) {
            for (String type : interfaces) {
                typeUse(type, "<class>", 0);
            }
        }
    }

    @Override
    public void visitSource(String source, String debug) {
        if (source != null) {
            int slash = internalName.lastIndexOf('/');
            file = sourcePath.apply(slash < 0 ? "" : internalName.substring(0, slash), source);
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        classAnnotations.add(new String[] {descriptor});
        return strings(0);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        SdkApis.Api api = apiOf(Type.getType(descriptor));
        if (api != null) {
            fieldTypes.add(new Object[] {name, api, Type.getType(descriptor).getInternalName()});
        }
        if (value instanceof String text) {
            strings.add(new String[] {text, "0"});
        }
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return strings(0); // @Value("${openai.api-key:sk-...}") on a field
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        return new MethodScanner(this, name);
    }

    /** Collects the string values of an annotation, nested and in arrays, as constants of the given line. */
    AnnotationVisitor strings(int line) {
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                if (value instanceof String text) {
                    string(text, line);
                } else if (value instanceof String[] texts) {
                    for (String text : texts) {
                        string(text, line);
                    }
                }
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                return this;
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };
    }

    void string(String text, int line) {
        strings.add(new String[] {text, Integer.toString(line)});
    }

    void line(int number) {
        if (firstLine == 0 || number < firstLine) {
            firstLine = number;
        }
    }

    /** An annotation of an SDK type on the class or a method: the family the catalog gives it, or its package's. */
    void annotationUse(String descriptor, String method, int line) {
        Type type = Type.getType(descriptor);
        if (type.getSort() != Type.OBJECT) {
            return;
        }
        SdkApis.Api api = apis.lookup(type.getInternalName());
        if (api != null) {
            String family = catalog.annotationFamily(type.getInternalName()).orElse(api.family());
            uses.add(new UseSite(className, method, file, line, api.sdk(), family, "@" + simple(type.getInternalName()),
                    api.local()));
        }
    }

    void use(SdkApis.Api api, String method, int line, String used) {
        uses.add(new UseSite(className, method, file, line, api.sdk(), api.family(), used, api.local()));
    }

    void typeUse(String type, String method, int line) {
        if (type == null) {
            return;
        }
        SdkApis.Api api = apis.lookup(type);
        if (api != null) {
            use(api, method, line, simple(type));
        }
    }

    SdkApis.Api apiOf(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        return element.getSort() == Type.OBJECT ? apis.lookup(element.getInternalName()) : null;
    }

    private Optional<KeyConstant> key(String constant, int line) {
        return Secrets.find(constant).map(found -> new KeyConstant(found.masked(), found.provider(), className, file,
                line > 0 ? line : firstLine));
    }

    /** OpenAiChatModel$OpenAiChatModelBuilder → OpenAiChatModel.OpenAiChatModelBuilder. */
    static String simple(String internal) {
        return internal.substring(internal.lastIndexOf('/') + 1).replace('$', '.');
    }
}
