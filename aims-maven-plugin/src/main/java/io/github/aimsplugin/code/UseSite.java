package io.github.aimsplugin.code;

import io.github.aimsplugin.schema.Secrets;

/**
 * One place in the compiled code that uses an AI SDK's API.
 *
 * @param className the binary class name, dotted (com.acme.Bot, com.acme.Bot$Inner)
 * @param method the method's name, or "<field>" for a field of an SDK type
 * @param file the source file, relative to the workspace base when found under a source root
 * @param line the source line, 0 when the class has no line numbers
 * @param sdk the SDK's name as the catalog gives it
 * @param family the API family: chat, embedding, image, audio, moderation, agent, inference or client
 * @param api the SDK type and member used, such as OpenAiChatModel.builder
 * @param local whether the SDK runs the model in-process
 */
public record UseSite(String className, String method, String file, int line, String sdk, String family, String api,
        boolean local) {

    /** Names from a class file (its SourceFile attribute, method names) are any text: a key-shaped one is masked. */
    public UseSite {
        className = Secrets.shown(className);
        method = Secrets.shown(method);
        file = Secrets.shown(file);
        api = Secrets.shown(api);
    }

    /** {@code file:line}, as messages and pages show it. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The class's package, dotted; empty for the default package. */
    public String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
