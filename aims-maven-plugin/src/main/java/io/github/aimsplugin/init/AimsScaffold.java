package io.github.aimsplugin.init;

import io.github.aimsplugin.check.CommentedDecisions;
import io.github.aimsplugin.build.DependencyPath;
import io.github.aimsplugin.code.CodeCatalog;
import io.github.aimsplugin.code.CodeScan;
import io.github.aimsplugin.schema.Secrets;
import io.github.aimsplugin.schema.catalog.AiSdks;
import io.github.aimsplugin.schema.catalog.AnnexA;
import io.github.aimsplugin.schema.catalog.Catalogs;
import io.github.aimsplugin.schema.kind.RecordKinds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Scaffolds the AIMS records of an existing project: Scope and Policy, the built-in risk criteria, one AISystem per
 * AI SDK found among the dependencies, and the Statement of Applicability as one commented decision per Annex A control. The
 * JSON Schemas are extracted to {@code .aims/schemas/v1/} and every file names them for YAML-aware editors. Existing
 * files are never overwritten. The text is data: templates under {@code aims/init/}.
 */
public final class AimsScaffold {

    public static final String SCHEMA_DIRECTORY = ".aims/schemas/v1";
    private static final List<String> SCHEMAS = List.of("record", "common", "scope", "policy", "risk-criteria",
            "ai-system", "risk", "impact-assessment", "control", "treatment-action", "evidence", "objective",
            "monitoring", "audit", "management-review", "nonconformity");

    /** The schema's pattern of a dependency entry, and the longest name it allows (a {@code line}). */
    private static final String COORDINATE = "[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+(:[A-Za-z0-9_.*-]+)?";
    private static final int LINE_LENGTH = 200;

    /**
     * What happened to one file.
     *
     * @param leftTo what the file would hold that the organisation owns (not written: aims.organisation), else empty
     */
    public record Outcome(Path file, boolean written, String leftTo) {

        public Outcome(Path file, boolean written) {
            this(file, written, "");
        }
    }

    private final Path project;
    private final Path records;
    private final OrganisationRecords organisation;

    public AimsScaffold(Path project, Path records) {
        this(project, records, OrganisationRecords.none());
    }

    private AimsScaffold(Path project, Path records, OrganisationRecords organisation) {
        this.project = project.toAbsolutePath().normalize();
        this.records = records.toAbsolutePath().normalize();
        this.organisation = organisation;
        if (!this.records.startsWith(this.project)) {
            throw new IllegalArgumentException("the records folder " + records + " lies outside the project");
        }
    }

    /**
     * The scaffold of a service checked against its organisation's records: the Scope, Policy, RiskCriteria and
     * Statement of Applicability are the organisation's (rule organisation-record), so only the inventory is written,
     * owned by one of the organisation's roles, with ids the organisation does not use.
     */
    public AimsScaffold against(OrganisationRecords organisation) {
        return new AimsScaffold(project, records, organisation);
    }

    public List<Outcome> write(String organisation, LocalDate today, List<DependencyPath> dependencies,
            Catalogs catalogs) throws IOException {
        return write(organisation, today, dependencies, catalogs, CodeScan.notRequested());
    }

    /**
     * The scaffold, its inventory proposed from the AI use scan when the code was compiled and uses an AI SDK (one
     * system per package cluster, see {@link InventoryProposal}); else one system per AI SDK dependency.
     */
    public List<Outcome> write(String organisation, LocalDate today, List<DependencyPath> dependencies,
            Catalogs catalogs, CodeScan scan) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Path schemas = project.resolve(SCHEMA_DIRECTORY);
        for (String schema : SCHEMAS) {
            outcomes.add(writeIfAbsent(schemas.resolve(schema + ".schema.json"), resource(
                    RecordKinds.SCHEMA_PATH + schema + ".schema.json")));
        }
        String header = "# yaml-language-server: $schema=" + records.relativize(schemas.resolve("record.schema.json"))
                .toString().replace('\\', '/') + "\n";
        boolean own = !this.organisation.present();
        outcomes.add(own ? writeIfAbsent(records.resolve("context.yaml"), header + context(organisation, today))
                : new Outcome(records.resolve("context.yaml"), false, "the Scope and Policy"));
        outcomes.add(own ? writeIfAbsent(records.resolve("risk-criteria.yaml"), header + criteria())
                : new Outcome(records.resolve("risk-criteria.yaml"), false, "the RiskCriteria"));
        String systems = scan.scanned() && !scan.uses().isEmpty()
                ? fromCode(InventoryProposal.propose(scan.uses(), scan.models(), dependencies, catalogs.aiSdks()))
                : systems(dependencies, catalogs.aiSdks());
        outcomes.add(writeIfAbsent(records.resolve("systems.yaml"), header + systems));
        outcomes.add(own ? writeIfAbsent(records.resolve("statement-of-applicability.yaml"),
                header + soa(catalogs.annexA()))
                : new Outcome(records.resolve("statement-of-applicability.yaml"), false,
                        "the Statement of Applicability"));
        return outcomes;
    }

    private static String context(String organisation, LocalDate today) {
        return ScaffoldTemplates.render("context.yaml", Map.of("organisation", ScaffoldTemplates.quoted(
                clipped(ScaffoldTemplates.oneLine(organisation.replace("\"", "'")))),
                "today", today.toString()));
    }

    private String criteria() throws IOException {
        return resource("aims/catalog/default-risk-criteria.yaml")
                .replace("# The built-in 5x5 risk criteria, used when a project declares no RiskCriteria record.\n",
                        "# Clause 6.1.1: the risk criteria, starting from the plugin's 5x5 defaults. Adjust them.\n")
                .replace("id: default-5x5", "id: risk-criteria");
    }

    /** One AISystem per AI SDK found among the dependencies, with the coordinates that matched. */
    private String systems(List<DependencyPath> dependencies, AiSdks sdks) {
        Map<String, TreeSet<String>> bySdk = new LinkedHashMap<>();
        for (DependencyPath path : dependencies) {
            DependencyPath.Coordinate dependency = path.dependency();
            sdks.match(dependency.groupId(), dependency.artifactId()).ifPresent(sdk -> bySdk
                    .computeIfAbsent(sdk.name(), name -> new TreeSet<>())
                    .add(dependency.groupId() + ":" + dependency.artifactId()));
        }
        List<Map<String, Object>> systems = new ArrayList<>();
        bySdk.forEach((name, coordinates) -> systems.add(Map.of("first", systems.isEmpty(),
                "id", organisation.freeId(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "")),
                "name", name.replace("\"", "'"), "dependencies", List.copyOf(coordinates))));
        return ScaffoldTemplates.render("systems.yaml", Map.of("systems", systems, "owner", organisation.owner()));
    }

    /** The systems proposed from the code, with their packages, models and SDK dependencies. */
    private String fromCode(List<InventoryProposal.System> proposed) {
        List<Map<String, Object>> systems = new ArrayList<>();
        for (InventoryProposal.System system : proposed) {
            Map<String, Object> view = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            view.put("first", systems.isEmpty());
            view.put("id", organisation.freeId(system.id()));
            view.put("name", ScaffoldTemplates.quoted(clipped(ScaffoldTemplates.oneLine(system.name()))));
            view.put("found", ScaffoldTemplates.comment(system.code().isEmpty()
                    ? "an AI SDK among the dependencies, used by no class"
                    : String.join(", ", system.families()) + " through " + String.join(", ", system.sdks())));
            view.put("provenance", system.provenance());
            List<String> code = new ArrayList<>();
            for (String entry : system.code()) {
                code.add(ScaffoldTemplates.scalar(written(entry, notes)));
            }
            view.put("code", code);
            view.put("hasCode", !code.isEmpty());
            List<Map<String, String>> models = models(system.models(), notes);
            view.put("models", models);
            view.put("hasModels", !models.isEmpty());
            view.put("localModels", system.localModels().stream().map(ScaffoldTemplates::comment).toList());
            List<String> dependencies = new ArrayList<>();
            for (String dependency : system.dependencies()) {
                if (dependency.matches(COORDINATE)) {
                    dependencies.add(dependency);
                } else {
                    notes.add("not listed: the dependency " + ScaffoldTemplates.comment(Secrets.shown(dependency))
                            + " is not groupId:artifactId as a record names one");
                }
            }
            view.put("dependencies", dependencies);
            view.put("hasDependencies", !dependencies.isEmpty());
            view.put("notes", notes);
            systems.add(view);
        }
        return ScaffoldTemplates.render("systems-from-code.yaml", Map.of("systems", systems, "owner",
                organisation.owner()));
    }

    /**
     * The models to declare: each name as found (a moving alias with a comment that says it moves), so the first
     * check after init finds every model declared. A name that is shaped like an API key is never written (the code
     * passes a key where a model belongs: a comment says where); one the schema cannot hold as a name (blank, over 200
     * characters) is left out with a comment; characters YAML forbids are replaced and the comment says so.
     */
    private static List<Map<String, String>> models(List<InventoryProposal.Model> found, List<String> notes) {
        List<Map<String, String>> models = new ArrayList<>();
        for (InventoryProposal.Model model : found) {
            String where = ScaffoldTemplates.comment(Secrets.shown(model.where()));
            Optional<Secrets.Key> key = Secrets.keyIn(model.name());
            if (key.isPresent()) {
                notes.add("not declared: a value shaped like " + key.get().provider() + " API key "
                        + key.get().masked() + " is passed as a model name at " + where + " (move the key out of"
                        + " the code, then name the model)");
                continue;
            }
            if (model.name().isBlank() || model.name().length() > LINE_LENGTH) {
                notes.add("not declared: the model name at " + where + " is " + (model.name().isBlank() ? "blank"
                        : "longer than " + LINE_LENGTH + " characters") + ", which no record can declare");
                continue;
            }
            String name = ScaffoldTemplates.oneLine(model.name());
            String note = CodeCatalog.movingAlias(CodeCatalog.builtIn().movingModels(), model.name())
                    .map(alias -> "a moving alias (" + ScaffoldTemplates.comment(alias) + "): the provider can"
                            + " repoint it to a new model; pin a dated version (model-pinned)")
                    .orElse("");
            if (!name.equals(model.name())) {
                note = "found at " + where + " with characters YAML does not allow, written as U+FFFD: correct it";
            }
            models.add(Map.of("name", ScaffoldTemplates.quoted(name), "note", note));
        }
        return models;
    }

    /** A value from the code as it may be written: one line of allowed characters, noted when that changed it. */
    private static String written(String value, List<String> notes) {
        String shown = Secrets.shown(value);
        String line = ScaffoldTemplates.oneLine(shown);
        if (!line.equals(value)) {
            notes.add("the code entry " + ScaffoldTemplates.comment(line) + " is written " + (shown.equals(value)
                    ? "with U+FFFD for characters YAML does not allow" : "masked") + ": correct it");
        }
        return line;
    }

    private static String clipped(String line) {
        return line.length() <= LINE_LENGTH ? line : line.substring(0, LINE_LENGTH - 1) + "…";
    }

    /** Every Annex A control as a commented block, marked as {@link CommentedDecisions} finds it again. */
    private static String soa(AnnexA annexA) {
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (AnnexA.Objective objective : annexA.objectives()) {
            objectives.add(Map.of("id", objective.id(), "title", objective.title(), "controls", objective.controls()
                    .stream().map(control -> Map.of("id", control.id(), "title", control.title())).toList()));
        }
        return ScaffoldTemplates.render("statement-of-applicability.yaml", Map.of("marker", CommentedDecisions.MARKER,
                "controlCount", annexA.controls().size(), "objectives", objectives));
    }

    private static Outcome writeIfAbsent(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            return new Outcome(file, false);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Outcome(file, true);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AimsScaffold.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing from the plugin: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
