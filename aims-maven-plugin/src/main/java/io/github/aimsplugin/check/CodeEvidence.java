package io.github.aimsplugin.check;

import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.trail.GovernedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.nio.file.Path;

/**
 * What the build's code says, for the code rules and the site: the AI use scan of the compiled classes and the
 * commits to each system's governed code. A system's code is its {@code components.code}: package prefixes
 * ({@code com.acme.chat}, which covers its subpackages and nested classes) or paths relative to the module
 * ({@code src/main/resources/prompts}).
 */
public record CodeEvidence(CodeScan scan, GovernedCode.History history) {

    public static CodeEvidence none() {
        return new CodeEvidence(CodeScan.notRequested(), GovernedCode.History.unavailable("not read"));
    }

    /** Whether a class or file lies in the code of a system. */
    public static boolean covers(AISystem system, String className, String file) {
        for (String entry : system.components().code()) {
            String code = entry.strip();
            if (code.contains("/")) {
                String path = code.endsWith("/") ? code.substring(0, code.length() - 1) : code;
                if (file.equals(path) || file.startsWith(path + "/")) {
                    return true;
                }
            } else if (!className.isEmpty() && (className.equals(code) || className.startsWith(code + ".")
                    || className.startsWith(code + "$"))) {
                return true;
            }
        }
        return false;
    }

    /** The use sites in a system's code. */
    public List<UseSite> usesOf(AISystem system) {
        return scan.uses().stream().filter(use -> covers(system, use.className(), use.file())).toList();
    }

    /**
     * The model names of a system: those passed in its code, and those configured for an SDK its code uses (or in a
     * configuration file it lists).
     */
    public List<ModelNameUse> modelsOf(AISystem system) {
        List<UseSite> uses = usesOf(system);
        List<ModelNameUse> models = new ArrayList<>();
        for (ModelNameUse model : scan.models()) {
            boolean own = model.fromConfiguration()
                    ? covers(system, "", model.file()) || uses.stream().anyMatch(use -> use.sdk().equals(model.sdk()))
                    : covers(system, model.className(), model.file());
            if (own) {
                models.add(model);
            }
        }
        return models;
    }

    /** The governed code of a system for the history: its packages' folders under each source root, its paths. */
    public static GovernedCode governed(AISystem system, List<CodeModule> modules, Function<Path, String> shown) {
        List<String> paths = new ArrayList<>();
        for (String entry : system.components().code()) {
            String code = entry.strip();
            if (code.contains("/")) {
                paths.add(code);
            } else {
                for (CodeModule module : modules) {
                    for (Path root : module.sourceRoots()) {
                        paths.add(shown.apply(root) + "/" + code.replace('.', '/'));
                    }
                }
            }
        }
        return new GovernedCode(system.id(), paths, system.components().dependencies());
    }
}
