package io.github.aimsplugin.build;

import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.trail.GovernedCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the build's code says, for the code rules and the site: the AI use scan of the compiled classes and the
 * commits to each system's governed code. A system's code is its {@code components.code}: package prefixes
 * ({@code com.acme.chat}, which covers its subpackages and nested classes) or paths relative to its module
 * ({@code src/main/resources/prompts}). Over several modules (aims:aggregate) a module's code is attributed with
 * that module's records only.
 *
 * @param modules which module each system and finding belongs to; null for one module (one canonical constructor)
 */
public record CodeEvidence(CodeScan scan, GovernedCode.History history, Modules modules) {

    /**
     * Which module each system and each finding belongs to, as the module's directory relative to the workspace base
     * ("" for the base's own module). Empty maps: one module, everything belongs to it.
     *
     * @param systems the module of each AI system, by id
     * @param uses the module whose classes hold each use site
     * @param models the module whose classes or configuration hold each model name
     */
    public record Modules(Map<String, String> systems, Map<UseSite, String> uses, Map<ModelNameUse, String> models) {

        public Modules {
            systems = Map.copyOf(systems);
            uses = Map.copyOf(uses);
            models = Map.copyOf(models);
        }

        public static Modules single() {
            return new Modules(Map.of(), Map.of(), Map.of());
        }

        String of(AISystem system) {
            return systems.getOrDefault(system.id(), "");
        }
    }

    public CodeEvidence {
        modules = modules == null ? Modules.single() : modules;
    }

    public static CodeEvidence none() {
        return new CodeEvidence(CodeScan.notRequested(), GovernedCode.History.unavailable("not read"), null);
    }

    /** Whether a use site lies in the code of a system: in the system's module, under its packages or paths. */
    public boolean covers(AISystem system, UseSite use) {
        String module = modules.of(system);
        return module.equals(modules.uses().getOrDefault(use, "")) && covers(system, use.className(), use.file(),
                module);
    }

    /** Whether a class or file of a one-module build lies in the code of a system. */
    public static boolean covers(AISystem system, String className, String file) {
        return covers(system, className, file, "");
    }

    /** Whether a class or file lies in the code of a system whose paths are relative to {@code module}. */
    private static boolean covers(AISystem system, String className, String file, String module) {
        for (String entry : system.components().code()) {
            String code = entry.strip();
            if (code.contains("/")) {
                String path = code.endsWith("/") ? code.substring(0, code.length() - 1) : code;
                path = module.isEmpty() ? path : module + "/" + path;
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
        return scan.uses().stream().filter(use -> covers(system, use)).toList();
    }

    /**
     * The model names of a system: those passed in its code, and those configured (in its module) for an SDK its code
     * uses, or in a configuration file it lists.
     */
    public List<ModelNameUse> modelsOf(AISystem system) {
        List<UseSite> uses = usesOf(system);
        String module = modules.of(system);
        List<ModelNameUse> models = new ArrayList<>();
        for (ModelNameUse model : scan.models()) {
            if (!module.equals(modules.models().getOrDefault(model, ""))) {
                continue;
            }
            boolean own = model.fromConfiguration()
                    ? covers(system, "", model.file(), module)
                            || uses.stream().anyMatch(use -> use.sdk().equals(model.sdk()))
                    : covers(system, model.className(), model.file(), module);
            if (own) {
                models.add(model);
            }
        }
        return models;
    }

    /** The governed code of a system for the history: its packages' folders under each source root, its paths. */
    public static GovernedCode governed(AISystem system, List<CodeModule> modules, Function<Path, String> shown) {
        return governed(system, modules, shown, "");
    }

    /**
     * The governed code of a system whose module is {@code module} (relative to the base): its packages' folders
     * under the source roots of the given modules (those of its module), its paths under its module.
     */
    public static GovernedCode governed(AISystem system, List<CodeModule> modules, Function<Path, String> shown,
            String module) {
        List<String> paths = new ArrayList<>();
        for (String entry : system.components().code()) {
            String code = entry.strip();
            if (code.contains("/")) {
                paths.add(module.isEmpty() ? code : module + "/" + code);
            } else {
                for (CodeModule codeModule : modules) {
                    for (Path root : codeModule.sourceRoots()) {
                        paths.add(shown.apply(root) + "/" + code.replace('.', '/'));
                    }
                }
            }
        }
        return new GovernedCode(system.id(), paths, system.components().dependencies());
    }
}
