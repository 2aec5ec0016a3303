package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one class file with ASM, without loading it: every reference to an AI SDK type (calls, constructions, field
 * accesses, casts, method references, fields and locals of SDK types), the model names passed straight to an SDK's
 * model-name method, and string constants shaped like API keys. Not thread-safe; one instance per class.
 */
final class ClassScanner extends ClassVisitor {

    /** What one class holds; keys are looked for only when the class uses an SDK. */
    record Findings(List<UseSite> uses, List<ModelNameUse> models, List<KeyConstant> keys) {}

    private final SdkApis apis;
    private final CodeCatalog catalog;
    private final BiFunction<String, String, String> sourcePath;
    private final SdkConstants constants;

    private String internalName = "";
    private String className = "";
    private String file = "";
    private int firstLine;
    private final Set<UseSite> uses = new LinkedHashSet<>();
    private final List<ModelNameUse> models = new ArrayList<>();
    private final List<String[]> strings = new ArrayList<>(); // constant, line
    private final List<Object[]> fieldTypes = new ArrayList<>(); // field name, api, type

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
        java.util.Map<String, KeyConstant> keys = new java.util.LinkedHashMap<>();
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
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        SdkApis.Api api = apiOf(Type.getType(descriptor));
        if (api != null) {
            fieldTypes.add(new Object[] {name, api, Type.getType(descriptor).getInternalName()});
        }
        if (value instanceof String text) {
            strings.add(new String[] {text, "0"});
        }
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        return new MethodScanner(name);
    }

    private void typeUse(String type, String method, int line) {
        if (type == null) {
            return;
        }
        SdkApis.Api api = apis.lookup(type);
        if (api != null) {
            uses.add(new UseSite(className, method, file, line, api.sdk(), api.family(), simple(type), api.local()));
        }
    }

    private SdkApis.Api apiOf(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        return element.getSort() == Type.OBJECT ? apis.lookup(element.getInternalName()) : null;
    }

    private java.util.Optional<KeyConstant> key(String constant, int line) {
        return Secrets.find(constant).map(found -> new KeyConstant(found.masked(), found.provider(), className, file,
                line > 0 ? line : firstLine));
    }

    /** OpenAiChatModel$OpenAiChatModelBuilder → OpenAiChatModel.OpenAiChatModelBuilder. */
    private static String simple(String internal) {
        return internal.substring(internal.lastIndexOf('/') + 1).replace('$', '.');
    }

    private final class MethodScanner extends MethodVisitor {
        private final String method;
        private int line;
        private int methodFirstLine;
        /** The constant loaded by the instruction just before, if it was one: a string or an SDK static field. */
        private Object previous;
        /**
         * Strings loaded and not yet consumed: javac marks the line of a chained call at the call, after its
         * arguments are loaded, so a constant takes the line of the call that consumes it.
         */
        private final List<String> pending = new ArrayList<>();

        private void flush() {
            pending.forEach(text -> strings.add(new String[] {text, Integer.toString(line)}));
            pending.clear();
        }

        @Override
        public void visitEnd() {
            flush();
        }

        MethodScanner(String method) {
            super(Opcodes.ASM9);
            this.method = method;
        }

        @Override
        public void visitLineNumber(int number, Label start) {
            line = number;
            if (methodFirstLine == 0) {
                methodFirstLine = number;
            }
            if (firstLine == 0 || number < firstLine) {
                firstLine = number;
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String text) {
                pending.add(text);
                previous = text;
            } else {
                previous = null;
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            Object argument = previous;
            previous = null;
            flush();
            if (owner.startsWith("[")) {
                return;
            }
            SdkApis.Api api = apis.lookup(owner);
            if (api == null) {
                return;
            }
            uses.add(new UseSite(className, method, file, line, api.sdk(), api.family(),
                    simple(owner) + "." + ("<init>".equals(name) ? "new" : name), api.local()));
            Type[] parameters = Type.getArgumentTypes(descriptor);
            if (parameters.length == 1 && catalog.modelNameMethods().contains(name)) {
                modelName(api, parameters[0], argument);
            }
        }

        private void modelName(SdkApis.Api api, Type parameter, Object argument) {
            if (parameter.getSort() != Type.OBJECT) {
                return;
            }
            if (argument instanceof String text && parameter.getInternalName().equals("java/lang/String")) {
                models.add(new ModelNameUse(text, "\"" + text + "\"", className, file, line, api.sdk()));
            } else if (argument instanceof String[] field) {
                String value = constants.value(field[0], field[1]);
                if (value != null) {
                    // A key-shaped constant of another class is this call's key: no-ai-credentials-in-code fires.
                    strings.add(new String[] {value, Integer.toString(line)});
                }
                models.add(new ModelNameUse(value, simple(field[0]) + "." + field[1], className, file, line,
                        api.sdk()));
            } else if (parameter.getInternalName().equals("java/lang/String")
                    || apis.lookup(parameter.getInternalName()) != null) {
                models.add(new ModelNameUse(null, "computed", className, file, line, api.sdk()));
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            previous = null;
            if (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC) {
                flush();
            }
            SdkApis.Api api = apis.lookup(owner);
            if (api != null) {
                uses.add(new UseSite(className, method, file, line, api.sdk(), api.family(), simple(owner) + "."
                        + name, api.local()));
                if (opcode == Opcodes.GETSTATIC) {
                    previous = new String[] {owner, name};
                }
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            previous = null;
            String element = type.startsWith("[") ? Type.getType(type).getElementType().getInternalName() : type;
            if (!element.startsWith("[") && Type.getObjectType(element).getSort() == Type.OBJECT) {
                typeUse(element, method, line);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            previous = null;
            for (Object argument : arguments) {
                if (argument instanceof Handle handle && apis.lookup(handle.getOwner()) != null) {
                    SdkApis.Api api = apis.lookup(handle.getOwner());
                    uses.add(new UseSite(className, method, file, line, api.sdk(), api.family(),
                            simple(handle.getOwner()) + "." + handle.getName(), api.local()));
                }
            }
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
                int index) {
            SdkApis.Api api = apiOf(Type.getType(descriptor));
            if (api != null && !"this".equals(name)) {
                Type type = Type.getType(descriptor);
                Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
                // Local variable tables come after the code: the method's first line stands for the declaration.
                uses.add(new UseSite(className, method, file, methodFirstLine, api.sdk(), api.family(),
                        simple(element.getInternalName()), api.local()));
            }
        }

        @Override
        public void visitInsn(int opcode) {
            previous = null;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            previous = null;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            previous = null;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            previous = null;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            previous = null;
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            previous = null;
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            previous = null;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            previous = null;
        }
    }
}
