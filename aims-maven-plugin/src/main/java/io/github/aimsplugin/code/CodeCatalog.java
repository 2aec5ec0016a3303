package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.catalog.Catalogs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What the code scan looks for besides the SDK packages: the methods that take a model name, the configuration keys
 * that name a model, the moving model aliases (the shapes of API keys are
 * {@link io.github.aimsplugin.schema.Secrets}'s). Read from the data file
 * {@code aims/catalog/ai-code.yaml} of aims-schema.
 */
public record CodeCatalog(List<String> modelNameMethods, List<ConfigKey> configKeys, List<String> movingModels) {

    /** A configuration key whose value is a model name. */
    public record ConfigKey(String key, String sdk, String family) {}

    private static final class BuiltIn {
        static final CodeCatalog VALUE = Catalogs.read("ai-code.yaml", CodeCatalog.class);
    }

    public CodeCatalog {
        modelNameMethods = List.copyOf(modelNameMethods);
        configKeys = List.copyOf(configKeys);
        movingModels = List.copyOf(movingModels);
    }

    public static CodeCatalog builtIn() {
        return BuiltIn.VALUE;
    }

    /** The configuration key entry, when the key names a model. */
    public Optional<ConfigKey> configKey(String key) {
        return configKeys.stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    /** The moving-alias pattern a model name matches, ignoring case, if any. */
    public Optional<String> movingAlias(String modelName) {
        return movingAlias(movingModels, modelName);
    }

    /** The first of the given moving-alias patterns a model name matches, ignoring case, if any. */
    public static Optional<String> movingAlias(List<String> movingModels, String modelName) {
        String name = modelName.toLowerCase(Locale.ROOT);
        return movingModels.stream().filter(glob -> glob(glob.toLowerCase(Locale.ROOT)).matcher(name).matches())
                .findFirst();
    }

    private static Pattern glob(String glob) {
        StringJoiner regex = new StringJoiner(".*");
        for (String piece : glob.split("\\*", -1)) {
            regex.add(Pattern.quote(piece));
        }
        return Pattern.compile(regex.toString());
    }
}
