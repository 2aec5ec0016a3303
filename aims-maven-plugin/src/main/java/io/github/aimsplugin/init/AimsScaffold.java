package io.github.aimsplugin.init;

import io.github.aimsplugin.check.DependencyPath;
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
import java.util.Map;
import java.util.TreeSet;

/**
 * Scaffolds the AIMS records of an existing project: Scope and Policy, the built-in risk criteria, one AISystem per
 * AI SDK found among the dependencies, and the Statement of Applicability as 38 commented decisions to make. The
 * JSON Schemas are extracted to {@code .aims/schemas/v1/} and every file names them for YAML-aware editors. Existing
 * files are never overwritten.
 */
public final class AimsScaffold {

    public static final String SCHEMA_DIRECTORY = ".aims/schemas/v1";
    private static final List<String> SCHEMAS = List.of("record", "common", "scope", "policy", "risk-criteria",
            "ai-system", "risk", "impact-assessment", "control", "treatment-action", "evidence", "objective",
            "monitoring", "audit", "management-review", "nonconformity");

    /** What happened to one file. */
    public record Outcome(Path file, boolean written) {}

    private final Path project;
    private final Path records;

    public AimsScaffold(Path project, Path records) {
        this.project = project.toAbsolutePath().normalize();
        this.records = records.toAbsolutePath().normalize();
        if (!this.records.startsWith(this.project)) {
            throw new IllegalArgumentException("the records folder " + records + " lies outside the project");
        }
    }

    public List<Outcome> write(String organisation, LocalDate today, List<DependencyPath> dependencies,
            Catalogs catalogs) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Path schemas = project.resolve(SCHEMA_DIRECTORY);
        for (String schema : SCHEMAS) {
            outcomes.add(writeIfAbsent(schemas.resolve(schema + ".schema.json"), resource(
                    RecordKinds.SCHEMA_PATH + schema + ".schema.json")));
        }
        String header = "# yaml-language-server: $schema=" + records.relativize(schemas.resolve("record.schema.json"))
                .toString().replace('\\', '/') + "\n";
        outcomes.add(writeIfAbsent(records.resolve("context.yaml"), header + context(organisation, today)));
        outcomes.add(writeIfAbsent(records.resolve("risk-criteria.yaml"), header + criteria()));
        outcomes.add(writeIfAbsent(records.resolve("systems.yaml"), header + systems(dependencies, catalogs.aiSdks())));
        outcomes.add(writeIfAbsent(records.resolve("statement-of-applicability.yaml"), header + soa(catalogs.annexA())));
        return outcomes;
    }

    private static String context(String organisation, LocalDate today) {
        String name = organisation.replace("\"", "'");
        return """
                # Clause 4: the scope of the AIMS, and clause 5: the AI policy and its roles. Replace every TODO.
                kind: Scope
                id: aims-scope
                organisation: "%s"
                statement: "TODO: which AI systems, products and sites the AI management system covers"
                aiRoles: [provider]        # TODO: provider, producer, customer, user, developer, deployer, ...
                ---
                kind: Policy
                id: ai-policy
                title: AI policy
                statement: "TODO: the AI policy, or where it is published"
                approval:
                  approvedBy: top-management
                  approvedOn: %s         # TODO: the date top management approved the policy
                reviewIntervalMonths: 12
                roles:
                  - id: top-management
                    title: Top management
                    responsibilities: [Approves the AI policy, Reviews the AIMS at planned intervals]
                  - id: ai-governance-lead
                    title: AI governance lead
                    responsibilities: [Maintains the AIMS records, the Statement of Applicability and the risk register]
                """.formatted(name, today);
    }

    private String criteria() throws IOException {
        return resource("aims/catalog/default-risk-criteria.yaml")
                .replace("# The built-in 5x5 risk criteria, used when a project declares no RiskCriteria record.\n",
                        "# Clause 6.1.1: the risk criteria, starting from the plugin's 5x5 defaults. Adjust them.\n")
                .replace("id: default-5x5", "id: risk-criteria");
    }

    private static String systems(List<DependencyPath> dependencies, AiSdks sdks) {
        Map<String, TreeSet<String>> bySdk = new LinkedHashMap<>();
        for (DependencyPath path : dependencies) {
            DependencyPath.Coordinate dependency = path.dependency();
            sdks.match(dependency.groupId(), dependency.artifactId()).ifPresent(sdk -> bySdk
                    .computeIfAbsent(sdk.name(), name -> new TreeSet<>())
                    .add(dependency.groupId() + ":" + dependency.artifactId()));
        }
        StringBuilder out = new StringBuilder("# The AI system inventory: one AISystem per AI SDK found among the"
                + " dependencies. Describe each one.\n");
        if (bySdk.isEmpty()) {
            out.append("# No AI SDK was found among the dependencies. Declare each AI system like this:\n")
                    .append("#kind: AISystem\n#id: my-ai-system\n#name: My AI system\n#purpose: What it decides"
                            + " or produces, for whom\n#owner: ai-governance-lead\n#lifecycleStage: deployment\n"
                            + "#provenance: internal\n");
            return out.toString();
        }
        boolean first = true;
        for (Map.Entry<String, TreeSet<String>> sdk : bySdk.entrySet()) {
            out.append(first ? "" : "---\n");
            first = false;
            String id = sdk.getKey().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            out.append("kind: AISystem\n")
                    .append("id: ").append(id).append('\n')
                    .append("name: \"").append(sdk.getKey().replace("\"", "'")).append(" based system\"   # TODO\n")
                    .append("purpose: \"TODO: what this system decides or produces, and for whom\"\n")
                    .append("owner: ai-governance-lead\n")
                    .append("lifecycleStage: deployment      # TODO\n")
                    .append("provenance: third-party-api     # TODO: internal, third-party-api, third-party-model,"
                            + " embedded-saas\n")
                    .append("supplier: { name: \"TODO: the provider of the model or API\" }\n")
                    .append("components:\n  dependencies:\n");
            sdk.getValue().forEach(coordinate -> out.append("    - \"").append(coordinate).append("\"\n"));
        }
        return out.toString();
    }

    private static String soa(AnnexA annexA) {
        StringBuilder out = new StringBuilder("""
                # Statement of Applicability (clause 6.1.3): decide each of the 38 Annex A controls. For each block,
                # remove the leading '#', set applicable, and write the justification (for an applicable control
                # also status and owner, and link the risks it treats). aims:check lists the controls still undecided.
                """);
        for (AnnexA.Objective objective : annexA.objectives()) {
            out.append("\n# ").append(objective.id()).append(' ').append(objective.title()).append('\n');
            for (AnnexA.Control control : objective.controls()) {
                out.append("#---\n#kind: Control\n#id: ").append(control.id()).append("   # ")
                        .append(control.title()).append('\n')
                        .append("#applicable: true\n#justification: TODO\n#status: planned\n#owner: ai-governance-lead\n");
            }
        }
        return out.toString();
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
