package io.github.aimsplugin.check;

import io.github.aimsplugin.build.CodeEvidence;
import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.load.SourceLocation;
import io.github.aimsplugin.schema.model.AimsRecord;
import java.time.LocalDate;
import io.github.aimsplugin.trail.RecordChange;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What rules look at: the validated model, the catalogs, today's date, thresholds, the module's resolved
 * dependencies, and where to point when there is no record to point at.
 *
 * @param pomLocator where a direct dependency (groupId, artifactId) is declared in the module's POM
 * @param recordsLocation where missing records should go (the first source directory)
 * @param systemChanges the latest commit (by arrival on the branch) that changed each AI system record and is not
 *     marked [minor-change] (by id), from git; empty outside git
 * @param commentedDecisions where an undecided control waits commented out (by control id), see
 *     {@link CommentedDecisions}
 * @param code the AI use scan of the compiled classes and the commits to governed code; nothing outside a module
 *     (null: {@link CodeEvidence#none()})
 */
public record RuleContext(AimsModel model, Catalogs catalogs, LocalDate today, CheckSettings settings,
        List<DependencyPath> dependencies, BiFunction<String, String, SourceLocation> pomLocator,
        SourceLocation recordsLocation, Map<String, RecordChange> systemChanges,
        Map<String, SourceLocation> commentedDecisions, CodeEvidence code) {

    public RuleContext {
        dependencies = List.copyOf(dependencies);
        systemChanges = Map.copyOf(systemChanges);
        commentedDecisions = Map.copyOf(commentedDecisions);
        code = code == null ? CodeEvidence.none() : code;
    }

    /** The same context with the code evidence of the build. */
    public RuleContext withCode(CodeEvidence evidence) {
        return new RuleContext(model, catalogs, today, settings, dependencies, pomLocator, recordsLocation,
                systemChanges, commentedDecisions, evidence);
    }

    /** The same context with other settings. */
    public RuleContext withSettings(CheckSettings other) {
        return new RuleContext(model, catalogs, today, other, dependencies, pomLocator, recordsLocation,
                systemChanges, commentedDecisions, code);
    }

    /** The location of a field of a typed record, or of the record itself. */
    public SourceLocation locate(AimsRecord record, String pointer) {
        return model.find(record).map(loaded -> loaded.locate(pointer)).orElse(recordsLocation);
    }

    public LoadedRecord loaded(AimsRecord record) {
        return model.find(record).orElseThrow();
    }
}
