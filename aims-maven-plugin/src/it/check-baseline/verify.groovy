// The old violation is tolerated, the new one (a warning, failing with aims.failOn=warning) fails, the fixed one is listed.
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR] src/main/aims/soa-2.yaml:130:1: [Control A.10.4]') : 'baselined violation was reported'
assert log.contains('[INFO] 1 known violation(s) tolerated by the baseline aims-baseline.json')
assert log.contains('[WARNING] src/main/aims/actions.yaml:7:1: [TreatmentAction TA-1] treatment action TA-1 was due on 2026-10-31 and is still open')
assert log.contains('[INFO] Fixed since the baseline, remove it from aims-baseline.json (or rerun aims:baseline): review-fresh|Risk|R-1|interval')
assert log.contains('AIMS check failed: 0 errors, 1 warning (details: target/aims/check/)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/aims/check/aims-check.json'))
assert json.summary.baselined == 1
assert json.violations.find { it.rule == 'exclusion-justified' }.baselined == true
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
