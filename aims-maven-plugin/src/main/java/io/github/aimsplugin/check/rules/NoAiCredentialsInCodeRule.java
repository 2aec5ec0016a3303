package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.KeyConstant;
import io.github.aimsplugin.schema.load.SourceLocation;
import java.util.function.Consumer;
import java.util.Set;

/**
 * No provider API key is compiled into a class that uses an AI SDK. The key shapes are data (ai-code.yaml
 * keyPatterns); the message shows only the key's public prefix and its length.
 */
public final class NoAiCredentialsInCodeRule implements Rule {

    public static final String ID = "no-ai-credentials-in-code";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.CODE_SCAN);
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String description() {
        return "No string constant shaped like a provider API key in a class that uses an AI SDK.";
    }

    @Override
    public String documentation() {
        return "A key in the code ships with every jar and lives on in the history (A.4.2 resources, A.6.2.5"
                + " deployment). String constants of classes that use an AI SDK are matched against the key shapes"
                + " of the providers; the finding is masked: the key is never printed or written.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        // Once per class, place and key: a constant in a finally block is in the class file once per path out of it.
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (KeyConstant key : context.code().scan().keys()) {
            if (!reported.add(key.className() + "|" + key.file() + ":" + key.line() + "|" + key.masked())) {
                continue;
            }
            // A key in application*.properties/yml has no class: the file is what holds it.
            String holder = key.className().isEmpty() ? key.file() : key.className();
            report.accept(violation(new SourceLocation(key.file(), Math.max(1, key.line()), 1), "Code",
                    holder, holder + " holds what looks like a " + key.provider() + " API key (" + key.masked() + ")",
                    "remove the key from the code, revoke it at " + key.provider() + " (it is in the history), and"
                            + " read it from the environment or a secret store",
                    "key:" + key.provider() + ":" + key.line()));
        }
    }
}
