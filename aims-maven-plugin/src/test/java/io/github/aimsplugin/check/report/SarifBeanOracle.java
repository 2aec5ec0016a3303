package io.github.aimsplugin.check.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.aimsplugin.check.Baseline;
import io.github.aimsplugin.check.CheckResult;
import io.github.aimsplugin.check.Level;
import io.github.aimsplugin.check.Violation;
import io.github.aimsplugin.schema.DocumentText;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SARIF writer as it was, on the java-sarif object model and Jackson's bean serialization: the oracle that the
 * tree writer ({@link SarifReport}) must match byte for byte.
 */
final class SarifBeanOracle {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private SarifBeanOracle() {}

    static void write(Path file, CheckResult result, Baseline.Comparison comparison, String toolVersion)
            throws IOException {
        List<ReportingDescriptor> rules = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        for (CheckResult.RuleOutcome outcome : result.rules()) {
            ruleIds.add(outcome.rule().id());
            rules.add(new ReportingDescriptor()
                    .withId(outcome.rule().id())
                    .withShortDescription(new MultiformatMessageString().withText(outcome.rule().description()))
                    .withFullDescription(new MultiformatMessageString().withText(outcome.rule().documentation()))
                    .withDefaultConfiguration(new ReportingConfiguration()
                            .withEnabled(outcome.level() != Level.OFF)
                            .withLevel(outcome.level() == Level.WARNING ? ReportingConfiguration.Level.WARNING
                                    : ReportingConfiguration.Level.ERROR)));
        }
        Set<Violation> tolerated = new HashSet<>(comparison.tolerated());
        List<Result> results = new ArrayList<>();
        for (Violation violation : result.violations()) {
            PartialFingerprints fingerprints = new PartialFingerprints();
            fingerprints.setAdditionalProperty("aimsViolation/v1", violation.key());
            results.add(new Result()
                    .withRuleId(violation.rule())
                    .withRuleIndex(ruleIds.indexOf(violation.rule()))
                    .withLevel(violation.level() == Level.WARNING ? Result.Level.WARNING : Result.Level.ERROR)
                    .withMessage(new Message().withText("[" + violation.kind() + " " + violation.id() + "] "
                            + violation.message() + "; fix: " + violation.hint()))
                    .withBaselineState(tolerated.contains(violation) ? Result.BaselineState.UNCHANGED
                            : Result.BaselineState.NEW)
                    .withPartialFingerprints(fingerprints)
                    .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                            .withArtifactLocation(new ArtifactLocation()
                                    .withUri(violation.location().file())
                                    .withUriBaseId("%SRCROOT%"))
                            .withRegion(new Region()
                                    .withStartLine(violation.location().line())
                                    .withStartColumn(violation.location().column()))))));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName("aims-maven-plugin")
                        .withVersion(toolVersion)
                        .withInformationUri(URI.create("https://github.com/aimsplugin/aims-maven-plugin"))
                        .withRules(new java.util.LinkedHashSet<>(rules))))
                .withResults(results);
        SarifSchema210 sarif = new SarifSchema210()
                .withVersion(SarifSchema210.Version._2_1_0)
                .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
                .withRuns(List.of(run));
        Files.createDirectories(file.getParent());
        // a lone surrogate (from a class file) cannot be encoded as UTF-8: replaced, not a failed write
        Files.writeString(file, DocumentText.json(JSON.writeValueAsString(sarif)) + "\n", StandardCharsets.UTF_8);
    }
}
