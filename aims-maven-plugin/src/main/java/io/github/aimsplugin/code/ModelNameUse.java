package io.github.aimsplugin.code;

/**
 * A model name the code passes to an SDK, or names in its configuration.
 *
 * @param name the model name; null when the value is computed and so unresolved
 * @param expression how the code gives it: the constant, the enum constant, the configuration key, or "computed"
 * @param className the class that passes it; empty for a configuration file
 * @param file the source or configuration file, relative to the workspace base
 * @param line the line, 0 when unknown
 * @param sdk the SDK that receives it
 */
public record ModelNameUse(String name, String expression, String className, String file, int line, String sdk) {

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
