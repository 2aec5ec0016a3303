package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.catalog.AiSdks;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells, for a JVM type, which AI SDK's API it belongs to and its API family: the longest package prefix declared
 * in the AI SDK catalog wins, over all SDKs. Lookups are cached per package; thread-safe after construction for
 * reads through {@link #lookup}, which synchronises its cache.
 */
public final class SdkApis {

    /** An SDK type: the SDK's name, the API family, whether its model runs in-process. */
    public record Api(String sdk, String family, boolean local) {}

    private final Map<String, Api> byPrefix;
    private final Map<String, Api> byPackage = new HashMap<>();
    private final java.util.Set<String> ownTypes;
    private static final Api NONE = new Api("", "", false);

    public SdkApis(AiSdks sdks) {
        byPrefix = new HashMap<>();
        for (AiSdks.Sdk sdk : sdks.sdks()) {
            for (AiSdks.Api api : sdk.packages()) {
                byPrefix.putIfAbsent(api.prefix(), new Api(sdk.name(), api.family(), api.local()));
            }
        }
        ownTypes = java.util.Set.of();
    }

    private SdkApis(Map<String, Api> byPrefix, java.util.Set<String> ownTypes) {
        this.byPrefix = byPrefix;
        this.ownTypes = ownTypes;
    }

    /**
     * These APIs, where the module's own types (internal names) are never an SDK's: an application whose package
     * lies under an SDK's ({@code com.anthropic.example}, a sample inside the SDK's namespace) does not use the SDK
     * each time it calls itself.
     */
    SdkApis excluding(java.util.Set<String> moduleTypes) {
        return moduleTypes.isEmpty() ? this : new SdkApis(byPrefix, java.util.Set.copyOf(moduleTypes));
    }

    /** The package prefixes in internal form with a trailing slash ({@code dev/langchain4j/model/}). */
    java.util.Set<String> internalPrefixes() {
        java.util.Set<String> prefixes = new java.util.TreeSet<>();
        byPrefix.keySet().forEach(prefix -> prefixes.add(prefix.replace('.', '/') + "/"));
        return prefixes;
    }

    /**
     * The SDK API of a type given by its internal name ({@code dev/langchain4j/model/openai/OpenAiChatModel}), or
     * null when it belongs to no AI SDK.
     */
    public Api lookup(String internalName) {
        if (ownTypes.contains(internalName)) {
            return null;
        }
        int slash = internalName.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        String pkg = internalName.substring(0, slash).replace('/', '.');
        Api found;
        synchronized (byPackage) {
            found = byPackage.computeIfAbsent(pkg, this::longestPrefix);
        }
        if (found == NONE) {
            return null;
        }
        return found.family() != null ? found
                : new Api(found.sdk(), familyOf(internalName.substring(slash + 1)), found.local());
    }

    private Api longestPrefix(String pkg) {
        String candidate = pkg;
        while (true) {
            Api api = byPrefix.get(candidate);
            if (api != null) {
                return api;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return NONE;
            }
            candidate = candidate.substring(0, dot);
        }
    }

    /** The family a type's simple name says, for packages that mix them (OpenAiEmbeddingModel is embedding). */
    static String familyOf(String simpleName) {
        String name = simpleName.toLowerCase(Locale.ROOT);
        if (name.contains("embedding")) {
            return "embedding";
        }
        if (name.contains("image")) {
            return "image";
        }
        if (name.contains("audio") || name.contains("transcription") || name.contains("speech")) {
            return "audio";
        }
        if (name.contains("moderation")) {
            return "moderation";
        }
        if (name.contains("chat") || name.contains("completion") || name.contains("language")) {
            return "chat";
        }
        if (name.contains("agent") || name.contains("tool")) {
            return "agent";
        }
        return "client";
    }
}
