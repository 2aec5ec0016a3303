package io.github.aimsplugin.schema.load;

/**
 * Limits that make hostile or broken YAML fail fast with a clear message instead of exhausting memory.
 *
 * @param maxFileBytes largest record file read
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxDocumentsPerFile most YAML documents ('---') in one file
 */
public record YamlLimits(long maxFileBytes, int maxDepth, int maxDocumentsPerFile) {

    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int DEFAULT_MAX_DOCUMENTS = 10_000;

    public static YamlLimits defaults() {
        return new YamlLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_DOCUMENTS);
    }

    public YamlLimits {
        if (maxFileBytes < 1 || maxDepth < 2 || maxDocumentsPerFile < 1) {
            throw new IllegalArgumentException("YAML limits must be positive (file bytes >= 1, depth >= 2, documents >= 1)");
        }
    }
}
