// exclusion-justified is off, so N/A passes; actions-not-overdue is raised from warning to error.
def log = new File(basedir, 'build.log').text
assert !log.contains('(exclusion-justified)')
assert log.contains('[ERROR] src/main/aims/actions.yaml:7:1: [TreatmentAction TA-1] treatment action TA-1 was due on 2026-10-31')
assert log.contains('AIMS check failed: 1 error, 0 warnings')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/aims/check/TEST-aims-check.xml')).documentElement
assert junit.getAttribute('skipped') == '1'
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
