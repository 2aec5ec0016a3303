// A build that skipped its tests measured nothing: it says so plainly, as a warning naming the skipped tests (as
// JaCoCo's check does without execution data), and an error when metrics are required or the tests ran.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4
def at = 'src/main/aims/metrics.yaml:14:5: [Objective OBJ-fair-approvals] '
def skipped = { flag -> ('OBJ-fair-approvals: approval-rate ratio was not measured in this build: the tests were'
        + " skipped ($flag), so ScorecardEvaluationTest did not write target/aims-metrics/scorecard-evaluation.json;"
        + ' controls A.6.2.4, A.7.4; risk R-1; fix: run the build with its tests') }

assert runs[0].contains('[WARNING] ' + at + skipped('-DskipTests') + ' to measure it; -Daims.requireMetrics=true'
        + ' makes this an error (metric-measured)')
assert runs[0].contains('AIMS check passed: 0 errors, 2 warnings')
assert runs[0].contains('BUILD SUCCESS')
def bundle = new JsonSlurper().parse(new File(basedir, 'target/aims/aims-bundle.json'))
def entry = bundle.measurements.find { it.key == 'Objective/OBJ-fair-approvals/approval-rate-ratio' }
assert entry.outcome == 'not measured in this build'
assert entry.value == null

assert runs[1].contains('[ERROR] ' + at + skipped('-DskipTests') + ' (aims.requireMetrics=true requires every'
        + ' release metric in every build) (metric-measured)')
assert runs[1].contains('AIMS check failed: 2 errors, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(runs[1], 'MojoFailureException')

assert runs[2].contains('[WARNING] ' + at + skipped('-Dmaven.test.skip'))
assert runs[2].contains('AIMS check passed: 0 errors, 2 warnings')

assert runs[3].contains('[ERROR] ' + at + 'OBJ-fair-approvals: approval-rate ratio was not measured:'
        + ' target/aims-metrics/scorecard-evaluation.json does not exist')
assert runs[3].contains('AIMS check failed: 2 errors, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(runs[3], 'MojoFailureException')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
