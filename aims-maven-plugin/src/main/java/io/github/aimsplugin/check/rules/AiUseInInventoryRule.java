package io.github.aimsplugin.check.rules;

import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Rule;
import io.github.aimsplugin.check.RuleContext;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AISystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Every AI use in the compiled code lies in the code of an inventoried AI system: a class that calls an AI SDK
 * outside every AISystem's components.code is a new AI use case that is not in the inventory (A.6.2, clause 8).
 */
public final class AiUseInInventoryRule implements Rule {

    public static final String ID = "ai-use-in-inventory";

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
        return "Every AI SDK use site in the compiled classes lies in the components.code of an AISystem in scope.";
    }

    @Override
    public String documentation() {
        return "AI use that never makes it into the inventory is one of the mistakes the AIMS exists to prevent."
                + " The build reads its compiled classes (Java, Kotlin, Scala) for calls to the AI SDKs of the"
                + " catalog; a class that uses one outside the packages and paths of every AI system's"
                + " components.code fails at its first use site.";
    }

    @Override
    public void check(RuleContext context, Consumer<Violation> report) {
        List<AISystem> systems = context.model().all(RecordKinds.AI_SYSTEM).stream().filter(AISystem::inScope)
                .toList();
        Map<String, List<UseSite>> outside = new LinkedHashMap<>();
        for (UseSite use : context.code().scan().uses()) {
            if (systems.stream().noneMatch(system -> context.code().covers(system, use))) {
                outside.computeIfAbsent(use.className(), name -> new java.util.ArrayList<>()).add(use);
            }
        }
        outside.forEach((className, uses) -> {
            // The first call or construction points at the line that uses the SDK; declarations have no line of their own.
            UseSite first = uses.stream().filter(use -> use.line() > 0 && use.api().contains(".")).findFirst()
                    .or(() -> uses.stream().filter(use -> use.line() > 0).findFirst()).orElse(uses.get(0));
            TreeSet<String> apis = new TreeSet<>();
            uses.forEach(use -> apis.add(use.sdk() + " " + use.family()));
            report.accept(violation(new SourceLocation(first.file(), Math.max(1, first.line()), 1), "Code",
                    className, className + " uses " + String.join(", ", apis) + " (" + first.api() + " in "
                            + first.method() + ", " + uses.size() + " use site(s)) outside the code of every AI"
                            + " system in scope: an AI use that is not in the inventory",
                    "add " + (first.packageName().isEmpty() ? "its source file \"" + first.file() + "\" (a class"
                            + " of the unnamed package)" : "its package \"" + first.packageName() + "\"")
                            + " to components.code of the AISystem it belongs to, or declare a new AISystem for it",
                    "class:" + className));
        });
    }
}
