package io.github.aimsplugin.schema.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a synthetic, valid AIMS of any size — policy and roles, AI systems, impact assessments, risks, the full
 * Statement of Applicability, treatment actions, evidence — for the benchmarks of validation, check and site.
 *
 * <pre>./mvnw -q -pl aims-schema -Pbenchmark test-compile exec:java \
 *     -Dexec.mainClass=io.github.aimsplugin.schema.bench.SyntheticAims -Dexec.args="target/synthetic 100 1000 100"</pre>
 */
public final class SyntheticAims {

    private static final List<String> CONTROLS = List.of("A.2.2", "A.2.3", "A.2.4", "A.3.2", "A.3.3", "A.4.2", "A.4.3",
            "A.4.4", "A.4.5", "A.4.6", "A.5.2", "A.5.3", "A.5.4", "A.5.5", "A.6.1.2", "A.6.1.3", "A.6.2.2", "A.6.2.3",
            "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8", "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.8.2",
            "A.8.3", "A.8.4", "A.8.5", "A.9.2", "A.9.3", "A.9.4", "A.10.2", "A.10.3", "A.10.4");

    private SyntheticAims() {}

    /** Arguments: directory, systems, risks, impact assessments. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/synthetic");
        int records = write(root, intArg(args, 1, 100), intArg(args, 2, 1000), intArg(args, 3, 100));
        System.out.println("wrote " + records + " records to " + root.toAbsolutePath());
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** The validation benchmark's shape: one system per 14 risks, one impact assessment per system. */
    static int write(Path root, int risks) throws IOException {
        int systems = Math.max(1, risks / 14);
        return write(root, systems, risks, systems);
    }

    /** Writes the project under {@code root} and returns the number of records written. */
    public static int write(Path root, int systems, int risks, int impactAssessments) throws IOException {
        Path aims = Files.createDirectories(root.resolve("src/main/aims"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/evidence.md"), "# Evidence\n");
        Files.writeString(aims.resolve("evidence.yaml"), "kind: Evidence\nid: EV-1\ntitle: Procedures\n"
                + "file: docs/evidence.md\nsupports: [Policy/ai-policy]\ncollectedOn: 2026-02-01\n");
        int actions = risks / 4;
        Files.writeString(aims.resolve("policy.yaml"), """
                kind: Policy
                id: ai-policy
                title: AI policy
                statement: We use AI responsibly and keep people accountable.
                approval: { approvedBy: ceo, approvedOn: 2026-01-10 }
                reviewIntervalMonths: 12
                roles:
                  - { id: ceo, title: Chief executive, responsibilities: [Approves the policy] }
                  - { id: ml-lead, title: ML lead, responsibilities: [Owns the models] }
                """);
        StringBuilder systemsYaml = new StringBuilder();
        StringBuilder assessments = new StringBuilder();
        for (int s = 0; s < systems; s++) {
            systemsYaml.append("---\nkind: AISystem\nid: system-").append(s).append("\nname: System ").append(s)
                    .append("\npurpose: Scores applications for product line ").append(s)
                    .append(".\nowner: ml-lead\nlifecycleStage: operation-and-monitoring\nprovenance: third-party-api\n")
                    .append("supplier: { name: Supplier ").append(s).append(" }\ncomponents:\n  dependencies: [\"com.example:client-")
                    .append(s).append("\"]\n");
            if (s >= impactAssessments) {
                continue;
            }
            assessments.append("---\nkind: ImpactAssessment\nid: IA-").append(s).append("\nsystem: system-").append(s)
                    .append("\nscope: Product line ").append(s).append("\nintendedUses: [Rank applications]\n")
                    .append("foreseeableMisuse: [Use without review]\naffected: { individuals: [Applicants] }\n")
                    .append("impacts:\n  - { description: Unfair refusals, kind: harm, area: fairness, affects: groups,")
                    .append(" severity: 4, likelihood: 2 }\nhumanOversight: Reviewed by staff.\nassessedBy: ml-lead\n")
                    .append("assessedOn: 2026-03-01\n");
        }
        Files.writeString(aims.resolve("systems.yaml"), systemsYaml);
        Files.writeString(aims.resolve("impact-assessments.yaml"), assessments);
        int perFile = 50;
        for (int file = 0; file * perFile < risks; file++) {
            StringBuilder yaml = new StringBuilder();
            for (int r = file * perFile; r < Math.min(risks, (file + 1) * perFile); r++) {
                yaml.append("---\nkind: Risk\nid: R-").append(r).append("\ntitle: Risk number ").append(r)
                        .append("\nsystems: [system-").append(r % systems).append("]\nsource: C.3.").append(1 + r % 7)
                        .append("\nobjectives: [C.2.").append(1 + r % 11).append("]\nscenario: Something goes wrong in case ")
                        .append(r).append(".\nconsequences: Applicants are treated unfairly.\n")
                        .append("inherent: { likelihood: 4, severity: 4 }\nexistingControls: [")
                        .append(CONTROLS.get(r % 38)).append("]\ntreatment:\n  option: mitigate\n  controls: [")
                        .append(CONTROLS.get((r + 7) % 38)).append(", ").append(CONTROLS.get((r + 13) % 38))
                        .append("]\nresidual: { likelihood: 2, severity: 2 }\nowner: ml-lead\nstatus: treated\n")
                        .append("assessedOn: 2026-04-01\nnextReview: 2027-04-01\n");
            }
            Files.writeString(aims.resolve("risks-" + file + ".yaml"), yaml);
        }
        StringBuilder soa = new StringBuilder();
        for (String control : CONTROLS) {
            soa.append("---\nkind: Control\nid: ").append(control).append("\napplicable: true\n")
                    .append("justification: Needed to treat the risks of our AI systems.\nstatus: implemented\n")
                    .append("owner: ml-lead\nrisks: [R-0]\nevidence: [EV-1]\n");
        }
        Files.writeString(aims.resolve("soa.yaml"), soa);
        StringBuilder plan = new StringBuilder();
        for (int a = 0; a < actions; a++) {
            plan.append("---\nkind: TreatmentAction\nid: TA-").append(a).append("\naction: Do thing ").append(a)
                    .append(".\nrisks: [R-").append(a).append("]\ncontrols: [").append(CONTROLS.get(a % 38))
                    .append("]\nowner: ml-lead\ndue: 2027-01-31\nstatus: open\n");
        }
        Files.writeString(aims.resolve("treatment-plan.yaml"), plan);
        return 2 + systems + Math.min(systems, impactAssessments) + risks + CONTROLS.size() + actions;
    }
}
