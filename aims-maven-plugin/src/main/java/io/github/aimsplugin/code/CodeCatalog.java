package io.github.aimsplugin.code;

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
public record CodeCatalog(List<String> modelNameMethods, List<ConfigKey> configKeys, List<String> movingModels,
        List<ModelArgument> modelArguments, List<AnnotationUse> annotations) {

    /**
     * A call whose argument at a position names a model, whatever its number of arguments.
     *
     * @param owner the SDK type, dotted, nested types with $
     * @param method the method, {@code <init>} for a constructor
     * @param argument the position, 0 for the first argument
     * @param factory whether it is a static factory making the SDK's model value from the name (ChatModel.of)
     */
    public record ModelArgument(String owner, String method, int argument, boolean factory) {}

    /** An annotation that makes code AI code (a tool, an AI service), with the family it stands for. */
    public record AnnotationUse(String type, String family) {}

    /** Without model arguments and annotations: rule tests that only need the other lists. */
    public CodeCatalog(List<String> modelNameMethods, List<ConfigKey> configKeys, List<String> movingModels) {
        this(modelNameMethods, configKeys, movingModels, List.of(), List.of());
    }

    /**
     * A configuration key whose value is a model name. {@code *} in the key stands for one segment of any name (a
     * Quarkus named model: {@code quarkus.langchain4j.openai.*.chat-model.model-name}); note, if any, is shown with
     * the key (a key only one major version reads).
     */
    public record ConfigKey(String key, String sdk, String family, String note) {

        public ConfigKey(String key, String sdk, String family) {
            this(key, sdk, family, null);
        }

        /** The key as a finding shows it: as written, with the catalog's note (Spring AI 1.x only). */
        String shown(String written) {
            return note == null || note.isBlank() ? written : written + " (" + note + ")";
        }

        boolean matches(String normalised) {
            if (!key.contains("*")) {
                return key.equals(normalised);
            }
            String[] want = key.split("\\.", -1);
            String[] have = normalised.split("\\.", -1);
            if (want.length != have.length) {
                return false;
            }
            for (int i = 0; i < want.length; i++) {
                if (!want[i].equals("*") && !want[i].equals(have[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A Quarkus or Spring profile prefix ({@code %prod.}, {@code %dev,test.}). */
    private static final Pattern PROFILE = Pattern.compile("^%[^.]*\\.");
    /** A quoted segment ({@code "fast"}, {@code "my.model"}) is one name, whatever it holds. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private static final class BuiltIn {
        // Read without Jackson's object mapper: the check's settings take its moving models, a replayed check too.
        static final CodeCatalog VALUE = io.github.aimsplugin.schema.catalog.CatalogRecords.read("ai-code.yaml",
                CodeCatalog.class);
    }

    public CodeCatalog {
        modelNameMethods = List.copyOf(modelNameMethods);
        configKeys = List.copyOf(configKeys);
        movingModels = List.copyOf(movingModels);
        modelArguments = modelArguments == null ? List.of() : List.copyOf(modelArguments);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** The model argument entry of a call, by the owner's internal name, if the catalog lists it. */
    Optional<ModelArgument> modelArgument(String ownerInternalName, String method) {
        String owner = ownerInternalName.replace('/', '.');
        return modelArguments.stream().filter(entry -> entry.owner().equals(owner) && entry.method().equals(method))
                .findFirst();
    }

    /** The family an annotation type (internal name) stands for, if the catalog lists it. */
    Optional<String> annotationFamily(String internalName) {
        String type = internalName.replace('/', '.');
        return annotations.stream().filter(entry -> entry.type().equals(type)).map(AnnotationUse::family)
                .findFirst();
    }

    public static CodeCatalog builtIn() {
        return BuiltIn.VALUE;
    }

    /**
     * The configuration key entry, when the key names a model: as written in a {@code .properties} file or joined from
     * a YAML path, with or without a profile prefix, a named model's segment quoted or not.
     */
    public Optional<ConfigKey> configKey(String key) {
        String normalised = QUOTED.matcher(PROFILE.matcher(key.strip()).replaceFirst("")).replaceAll("named");
        return configKeys.stream().filter(entry -> entry.matches(normalised)).findFirst();
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
