package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.Secrets;

/**
 * A model name the code passes to an SDK, or names in its configuration.
 *
 * <p>The name and the expression come from code or configuration: a key-shaped one is kept only as its masked
 * description ({@link Secrets#shown}), here where every use is made, so no rule, report, page, export or scaffold
 * can show it (the scanner reports it as a key as well).
 *
 * @param name the model name; null when the value is computed and so unresolved
 * @param expression how the code gives it: the constant, the enum constant, the configuration key, or "computed"
 * @param className the class that passes it; empty for a configuration file
 * @param file the source or configuration file, relative to the workspace base
 * @param line the line, 0 when unknown
 * @param sdk the SDK that receives it
 */
public record ModelNameUse(String name, String expression, String className, String file, int line, String sdk) {

    public ModelNameUse {
        name = name == null ? null : Secrets.shown(name);
        expression = Secrets.shown(expression);
        className = Secrets.shown(className);
        file = Secrets.shown(file);
    }

    public boolean resolved() {
        return name != null;
    }

    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    /** Whether it comes from a configuration file rather than a class. */
    public boolean fromConfiguration() {
        return className.isEmpty();
    }
}
