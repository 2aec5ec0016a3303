import java.nio.file.Files
import java.nio.file.Path

// The records and evidence of the repository's example project, exactly as users read them.
Path example = new File(basedir, '../../../../example-project').canonicalFile.toPath()
assert Files.isDirectory(example.resolve('src/main/aims')) : "no example project at " + example
['src/main/aims', 'docs', 'monitoring', 'src/test/java'].each { folder ->
    Path from = example.resolve(folder)
    Files.walk(from).each { Path source ->
        Path target = basedir.toPath().resolve(folder).resolve(from.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.copy(source, target)
        }
    }
}
// The evaluation the example's ScorecardEvaluationTest writes (this build runs no tests): the figures of the
// committed synthetic applicants, so that the records' metric bindings are measured.
Path metrics = basedir.toPath().resolve('target/aims-metrics')
Files.createDirectories(metrics)
Files.writeString(metrics.resolve('scorecard-evaluation.json'), '{ "approvalRateRatio": 0.8548, "auc": 0.6720, "gini": 0.3441, "scorePsi": 0.0078 }\n')
// The report Surefire writes for the example's adversarial-prompt test (bound by OBJ-letter-safety), as it passes.
Path reports = basedir.toPath().resolve('target/surefire-reports')
Files.createDirectories(reports)
Files.writeString(reports.resolve('TEST-com.northwind.credit.letters.DecisionLetterAssistantAdversarialTest.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="com.northwind.credit.letters.DecisionLetterAssistantAdversarialTest" tests="2" failures="0" errors="0" skipped="0">\n'
        + '  <testcase name="anAdversarialReasonOrIdNeverReachesThePrompt" classname="com.northwind.credit.letters.DecisionLetterAssistantAdversarialTest"/>\n'
        + '  <testcase name="aRefusalIsExplainedWithItsReasonsAndTheRouteToHumanReview" classname="com.northwind.credit.letters.DecisionLetterAssistantAdversarialTest"/>\n'
        + '</testsuite>\n')
return true