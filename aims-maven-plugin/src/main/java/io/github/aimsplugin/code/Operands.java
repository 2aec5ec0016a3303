package io.github.aimsplugin.code;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a method's operand stack as far as straight-line code tells it, one value per operand: a string
 * literal, a static field of an SDK type, a model name a factory already reported, or {@link #COMPUTED}. Whatever
 * it cannot follow (a branch target, an instruction it does not model) empties it, so an argument it cannot see is
 * reported as computed, never guessed. Enough for the argument at position N of a call to be found reliably.
 */
final class Operands {

    /** A value the scan does not know. */
    static final Object COMPUTED = new Object();

    /** A static field, by owner (internal name) and name. */
    record Field(String owner, String name) {}

    /** The result of a model-name factory ({@code ChatModel.of("gpt-4o")}): already reported where it was made. */
    record Reported() {}

    /** Bounded: a method with a deeper stack than this only loses what it cannot track. */
    private static final int MAX = 64;

    private final List<Object> top = new ArrayList<>();

    void push(Object value) {
        if (top.size() == MAX) {
            top.remove(0);
        }
        top.add(value);
    }

    /** The top n values, deepest first; null when fewer are known (the stack was not followed that far). */
    Object[] pop(int n) {
        if (top.size() < n) {
            top.clear();
            return null;
        }
        Object[] values = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            values[i] = top.remove(top.size() - 1);
        }
        return values;
    }

    void dup() {
        if (top.isEmpty()) {
            return;
        }
        push(top.get(top.size() - 1));
    }

    /** Control flow merges here, or an instruction not modelled ran: nothing below is known. */
    void forget() {
        top.clear();
    }
}
