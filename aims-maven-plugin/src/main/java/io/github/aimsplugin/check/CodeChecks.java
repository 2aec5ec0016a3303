package io.github.aimsplugin.check;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.build.Workspace;
import io.github.aimsplugin.code.CodeCatalog;
import io.github.aimsplugin.code.CodeModule;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.code.CodeScanner;
import io.github.aimsplugin.code.ScanCache;
import io.github.aimsplugin.code.KeyConstant;
import io.github.aimsplugin.code.ModelNameUse;
import io.github.aimsplugin.code.UseSite;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LogText;
import io.github.aimsplugin.schema.kind.RecordKinds;
import io.github.aimsplugin.schema.model.AISystem;
import io.github.aimsplugin.trail.GovernedCode;
import io.github.aimsplugin.trail.GovernedCodeHistory;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.RecordSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers the code evidence of a check: scans each module's compiled classes (the scan never loads JRuby, nor the
 * scanned classes), and reads the commits to each in-scope system's governed code when git history is on. Notes go
 * to the log: a module not compiled yet, unreadable class files, a history that cannot be read.
 */
final class CodeChecks {

    private final Consumer<String> info;
    private final Consumer<String> warn;
    private final int maxCommits;
    private final String scanRules;
    private final String historyRules;
    private final ScanCache scans;

    /**
     * @param scanRules the ids of the rules that read the scan, named when it could not run
     * @param historyRules the ids of the rules that run and read the commits to governed code; empty: not read
     * @param scans the build's scans of class output, shared by its goals
     */
    CodeChecks(Consumer<String> info, Consumer<String> warn, int maxCommits, String scanRules, String historyRules,
            ScanCache scans) {
        this.info = info;
        this.warn = warn;
        this.maxCommits = maxCommits;
        this.scanRules = scanRules;
        this.historyRules = historyRules;
        this.scans = scans;
    }

    CodeEvidence evidence(CheckRequest request, AimsModel model) {
        Workspace workspace = request.workspace();
        if (workspace.code().isEmpty()) {
            return CodeEvidence.none();
        }
        Map<UseSite, String> useModules = new HashMap<>();
        Map<ModelNameUse, String> modelModules = new HashMap<>();
        CodeScan scan = scan(request, workspace, useModules, modelModules);
        List<AISystem> systems = model.all(RecordKinds.AI_SYSTEM).stream().filter(AISystem::inScope).toList();
        Map<String, String> systemModules = new HashMap<>();
        for (LoadedRecord loaded : model.loaded(RecordKinds.AI_SYSTEM)) {
            // A released bundle's systems describe code of another build: they cover none of this one.
            systemModules.put(loaded.id(), loaded.origin().isReleased() ? "released:" + loaded.origin().module()
                    : moduleOf(workspace, loaded.origin().baseDirectory()));
        }
        CodeEvidence.Modules modules = new CodeEvidence.Modules(systemModules, useModules, modelModules);
        GovernedCode.History history = GovernedCode.History.unavailable("git history is off (aims.gitHistory)");
        if (request.gitHistory() && !systems.isEmpty() && !historyRules.isEmpty()) {
            List<GovernedCode> governed = systems.stream()
                    .map(system -> {
                        String module = systemModules.getOrDefault(system.id(), "");
                        List<CodeModule> own = workspace.code().stream()
                                .filter(code -> moduleOf(workspace, code.classes()).equals(module)).toList();
                        return CodeEvidence.governed(system, own, workspace::shown, module);
                    }).toList();
            history = new GovernedCodeHistory(request.limits().maxFileBytes(), maxCommits).read(workspace.base(),
                    governed);
            if (!history.available()) {
                info.accept(historyRules + ": " + history.status());
            }
        }
        return new CodeEvidence(scan, history, modules);
    }

    /**
     * The module a path belongs to: the directory, relative to the base, of the deepest module of the workspace that
     * holds it ("" for the base's own module).
     */
    static String moduleOf(Workspace workspace, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path best = null;
        for (RecordSource source : workspace.sources()) {
            Path directory = source.baseDirectory().toAbsolutePath().normalize();
            if (absolute.startsWith(directory) && (best == null || directory.getNameCount() > best.getNameCount())) {
                best = directory;
            }
        }
        return best == null || best.equals(workspace.base()) ? "" : workspace.shown(best);
    }

    private CodeScan scan(CheckRequest request, Workspace workspace, Map<UseSite, String> useModules,
            Map<ModelNameUse, String> modelModules) {
        CodeScanner scanner = new CodeScanner(request.settings().aiSdks(), CodeCatalog.builtIn(), scans);
        List<UseSite> uses = new ArrayList<>();
        List<ModelNameUse> models = new ArrayList<>();
        List<KeyConstant> keys = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int classes = 0;
        List<String> notCompiled = new ArrayList<>();
        for (CodeModule module : workspace.code()) {
            CodeScan scan = scanner.scan(module, workspace::shown);
            if (scan.status() == CodeScan.Status.NOT_COMPILED) {
                notCompiled.add(scan.note());
            }
            if (!scan.scanned()) {
                continue;
            }
            String owner = moduleOf(workspace, module.classes());
            scan.uses().forEach(use -> useModules.putIfAbsent(use, owner));
            scan.models().forEach(model -> modelModules.putIfAbsent(model, owner));
            uses.addAll(scan.uses());
            models.addAll(scan.models());
            keys.addAll(scan.keys());
            warnings.addAll(scan.warnings());
            classes += scan.classes();
        }
        warnings.forEach(warning -> warn.accept(LogText.escape(warning)));
        if (classes == 0 && notCompiled.isEmpty()) {
            return CodeScan.notRequested(); // no code in any module: nothing to say
        }
        // Each module not compiled yet is named (aims:aggregate runs over several).
        notCompiled.forEach(note -> info.accept(scanRules + ": " + note));
        if (classes == 0) {
            return new CodeScan(CodeScan.Status.NOT_COMPILED, notCompiled.get(0), List.of(), List.of(), List.of(),
                    warnings, 0);
        }
        return new CodeScan(CodeScan.Status.SCANNED, "", uses, models, keys, warnings, classes);
    }
}
