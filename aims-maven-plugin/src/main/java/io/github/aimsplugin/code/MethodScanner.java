package io.github.aimsplugin.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * One method of a scanned class: its SDK use sites and the model names it passes. The operands of each call are
 * followed ({@link Operands}), so a model name is found at the position the catalog names (a one-argument
 * model-name method, {@code modelArguments}: Google GenAI's {@code generateContent(model, contents, config)}, a
 * constructor, a factory such as {@code ChatModel.of("gpt-4o")}).
 */
final class MethodScanner extends MethodVisitor {

    private static final String STRING = "java/lang/String";

    private final ClassScanner owner;
    private final String method;
    private int line;
    private int methodFirstLine;
    private final Operands operands = new Operands();
    /** Labels some jump goes to: control flow merges there, so the operands before are not known. */
    private final Set<Label> targets = new HashSet<>();
    private final List<String> annotations = new ArrayList<>();
    /**
     * Strings loaded and not yet consumed: javac marks the line of a chained call at the call, after its arguments
     * are loaded, so a constant takes the line of the call that consumes it.
     */
    private final List<String> pending = new ArrayList<>();

    MethodScanner(ClassScanner owner, String method) {
        super(Opcodes.ASM9);
        this.owner = owner;
        this.method = method;
    }

    private void flush() {
        pending.forEach(text -> owner.string(text, line));
        pending.clear();
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        annotations.add(descriptor);
        return owner.strings(0);
    }

    @Override
    public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
        return owner.strings(0);
    }

    @Override
    public void visitEnd() {
        flush();
        // Annotations come before the code: the method's first line (0 for an abstract method) stands for them.
        annotations.forEach(descriptor -> owner.annotationUse(descriptor, method, methodFirstLine));
    }

    @Override
    public void visitLineNumber(int number, Label start) {
        line = number;
        if (methodFirstLine == 0) {
            methodFirstLine = number;
        }
        owner.line(number);
    }

    @Override
    public void visitLabel(Label label) {
        if (targets.contains(label)) {
            operands.forget();
        }
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        targets.add(handler);
    }

    @Override
    public void visitLdcInsn(Object value) {
        if (value instanceof String text) {
            pending.add(text);
            operands.push(text);
        } else {
            operands.push(Operands.COMPUTED);
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String type, String name, String descriptor, boolean isInterface) {
        flush();
        Type[] parameters = Type.getArgumentTypes(descriptor);
        Object[] arguments = operands.pop(parameters.length);
        if (opcode != Opcodes.INVOKESTATIC) {
            operands.pop(1);
        }
        SdkApis.Api api = type.startsWith("[") ? null : owner.apis.lookup(type);
        Object result = Operands.COMPUTED;
        if (api != null) {
            owner.use(api, method, line, ClassScanner.simple(type) + "." + ("<init>".equals(name) ? "new" : name));
            var entry = owner.catalog.modelArgument(type, name);
            if (entry.isPresent() && entry.get().argument() < parameters.length) {
                int at = entry.get().argument();
                modelName(api, parameters[at], arguments == null ? Operands.COMPUTED : arguments[at]);
                if (entry.get().factory()) {
                    result = new Operands.Reported();
                }
            } else if (parameters.length == 1 && owner.catalog.modelNameMethods().contains(name)) {
                modelName(api, parameters[0], arguments == null ? Operands.COMPUTED : arguments[0]);
            }
        }
        if (Type.getReturnType(descriptor).getSort() != Type.VOID) {
            operands.push(result);
        }
    }

    private void modelName(SdkApis.Api api, Type parameter, Object argument) {
        if (parameter.getSort() != Type.OBJECT || argument instanceof Operands.Reported) {
            return;
        }
        String file = owner.file;
        if (argument instanceof String text && parameter.getInternalName().equals(STRING)) {
            owner.models.add(new ModelNameUse(text, "\"" + text + "\"", owner.className, file, line, api.sdk()));
        } else if (argument instanceof Operands.Field field) {
            String value = owner.constants.value(field.owner(), field.name());
            if (value != null) {
                // A key-shaped constant of another class is this call's key: no-ai-credentials-in-code fires.
                owner.string(value, line);
            }
            owner.models.add(new ModelNameUse(value, ClassScanner.simple(field.owner()) + "." + field.name(),
                    owner.className, file, line, api.sdk()));
        } else if (parameter.getInternalName().equals(STRING) || owner.apis.lookup(parameter.getInternalName()) != null) {
            owner.models.add(new ModelNameUse(null, "computed", owner.className, file, line, api.sdk()));
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String type, String name, String descriptor) {
        if (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC) {
            flush();
        }
        SdkApis.Api api = owner.apis.lookup(type);
        if (api != null) {
            owner.use(api, method, line, ClassScanner.simple(type) + "." + name);
        }
        switch (opcode) {
            case Opcodes.GETSTATIC -> operands.push(api != null ? new Operands.Field(type, name) : Operands.COMPUTED);
            case Opcodes.GETFIELD -> {
                operands.pop(1);
                operands.push(Operands.COMPUTED);
            }
            case Opcodes.PUTSTATIC -> operands.pop(1);
            default -> operands.pop(2);
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        String element = type.startsWith("[") ? Type.getType(type).getElementType().getInternalName() : type;
        if (!element.startsWith("[") && Type.getObjectType(element).getSort() == Type.OBJECT) {
            owner.typeUse(element, method, line);
        }
        switch (opcode) {
            case Opcodes.NEW -> operands.push(Operands.COMPUTED);
            case Opcodes.CHECKCAST -> { } // the same value, typed
            default -> { // ANEWARRAY, INSTANCEOF: one operand in, one out
                operands.pop(1);
                operands.push(Operands.COMPUTED);
            }
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Handle handle && owner.apis.lookup(handle.getOwner()) != null) {
                owner.use(owner.apis.lookup(handle.getOwner()), method, line,
                        ClassScanner.simple(handle.getOwner()) + "." + handle.getName());
            } else if (argument instanceof String text) {
                // A string concatenation's recipe holds its constant parts: "Bearer sk-proj-..." + user.
                pending.add(text);
            }
        }
        flush();
        operands.pop(Type.getArgumentTypes(descriptor).length);
        if (Type.getReturnType(descriptor).getSort() != Type.VOID) {
            operands.push(Operands.COMPUTED);
        }
    }

    @Override
    public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
            int index) {
        SdkApis.Api api = owner.apiOf(Type.getType(descriptor));
        if (api != null && !"this".equals(name)) {
            Type type = Type.getType(descriptor);
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            // Local variable tables come after the code: the method's first line stands for the declaration.
            owner.use(api, method, methodFirstLine, ClassScanner.simple(element.getInternalName()));
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.ACONST_NULL && opcode <= Opcodes.DCONST_1) {
            operands.push(Operands.COMPUTED);
        } else if (opcode == Opcodes.DUP) {
            operands.dup();
        } else if (opcode == Opcodes.POP) {
            operands.pop(1);
        } else if (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD || binary(opcode)) {
            // args[0], a + b: two values in, one computed value out (one entry per value, not per slot)
            operands.pop(2);
            operands.push(Operands.COMPUTED);
        } else if (opcode >= Opcodes.INEG && opcode <= Opcodes.DNEG || opcode >= Opcodes.I2L && opcode <= Opcodes.I2S
                || opcode == Opcodes.ARRAYLENGTH) {
            operands.pop(1);
            operands.push(Operands.COMPUTED);
        } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
            operands.pop(3);
        } else {
            operands.forget(); // returns, throws, monitors, other stack shuffles
        }
    }

    /** Arithmetic, shifts, logic and comparisons of two values. */
    private static boolean binary(int opcode) {
        return opcode >= Opcodes.IADD && opcode <= Opcodes.DREM || opcode >= Opcodes.ISHL && opcode <= Opcodes.LXOR
                || opcode >= Opcodes.LCMP && opcode <= Opcodes.DCMPG;
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        if (opcode == Opcodes.NEWARRAY) {
            operands.pop(1);
        }
        operands.push(Operands.COMPUTED);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        if (opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD) {
            operands.push(Operands.COMPUTED);
        } else if (opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE) {
            operands.pop(1);
        } else {
            operands.forget();
        }
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        targets.add(label);
        operands.forget();
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        // no operand stack effect
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        targets.add(dflt);
        targets.addAll(List.of(labels));
        operands.forget();
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        targets.add(dflt);
        targets.addAll(List.of(labels));
        operands.forget();
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        operands.forget();
    }
}
