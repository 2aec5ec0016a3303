// A build that skipped its tests measured nothing, and says so plainly instead of passing silently.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2
def notMeasured = ('OBJ-fair-approvals: approval-rate ratio was not measured in this build: the tests were skipped,'
        + ' so target/aims-metrics/scorecard-evaluation.json was not written; controls A.6.2.4, A.7.4; risk R-1;'
        + ' fix: run the build with its tests, or pass -Daims.requireMetrics=false')
assert runs[0].contains('[ERROR] src/main/aims/metrics.yaml:14:5: [Objective OBJ-fair-approvals] ' + notMeasured)
assert runs[0].contains('AIMS check failed: 2 errors, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(runs[0], 'MojoFailureException')
assert runs[1].contains('[WARNING] src/main/aims/metrics.yaml:14:5: [Objective OBJ-fair-approvals] ' + notMeasured)
assert runs[1].contains('AIMS check passed: 0 errors, 2 warnings')
assert runs[1].contains('BUILD SUCCESS')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
