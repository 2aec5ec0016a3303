// The example must be reproducible (its POM pins aims.today), yet its records must fail on a later date as any
// real AIMS that nobody keeps up would: the date rules judge against aims.today, not against the build's clock.
def log = new File(basedir, 'build.log').text
def example = new File(basedir, '../../../../example-project').canonicalFile
assert new File(example, 'pom.xml').text =~ /<aims\.today>\d{4}-\d{2}-\d{2}<\/aims\.today>/ : 'example-project/pom.xml must pin aims.today'

def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2
// 1: on the pinned date, the records pass.
assert runs[0].contains('[INFO] AIMS check passed: 0 errors, 0 warnings')
assert runs[0].contains('BUILD SUCCESS')

// 2: two years later, every risk and every impact assessment of the example is due for re-assessment
// (review-fresh), each with its own line; ids and dates read from the records themselves.
def later = runs[1]
def records = new File(basedir, 'src/main/aims')
def ids = { String kind -> records.listFiles().findAll { it.name.endsWith('.yaml') }.collectMany { f ->
    (f.text =~ /(?m)^kind: ${kind}\s*\nid: (\S+)/).collect { it[1] } } }
def risks = ids('Risk')
def assessments = ids('ImpactAssessment')
assert risks.size() >= 10 && assessments.size() == 3
risks.each { id ->
    assert later =~ /\[ERROR\] src\/main\/aims\/\S+: \[Risk ${id}\] the risk assessment of ${id} dates from 2026-\d\d-\d\d, older than the re-assessment interval of 12 months .*\(review-fresh\)/ : 'review-fresh missed risk ' + id
}
assessments.each { id ->
    assert later =~ /\[ERROR\] src\/main\/aims\/\S+: \[ImpactAssessment ${id}\] the impact assessment of ${id} dates from 2026-\d\d-\d\d, .*\(review-fresh\)/ : 'review-fresh missed ' + id
}
assert later.contains('[ERROR] src/main/aims/risks.yaml:24:1: [Risk R-01] the risk assessment of R-01 dates from 2026-03-10, older than the re-assessment interval of 12 months (due 2027-03-10); fix: re-assess, then update assessedOn and nextReview (review-fresh)')
// The other date rules, each on a record whose dates are in the example (risks.yaml, performance.yaml, treatment-plan.yaml).
assert later.contains('[ERROR] src/main/aims/risks.yaml:128:3: [Risk R-06] the acceptance of risk R-06 by ceo expired on 2027-11-20 (today is 2028-11-28)')
assert later.contains('[WARNING] src/main/aims/performance.yaml:184:1: [Audit IA-2026] the last internal audit (IA-2026, 2026-09-16) is more than 12 months old')
assert later.contains('[WARNING] src/main/aims/performance.yaml:204:1: [ManagementReview MR-2026-10] the last management review (MR-2026-10, 2026-10-20) is more than 12 months old')
assert later.contains('[Nonconformity NC-2026-02] corrective action 1 of NC-2026-02 was due on 2026-12-18 and is still in-progress')
assert later.contains('[WARNING] src/main/aims/treatment-plan.yaml:59:1: [TreatmentAction TA-06] treatment action TA-06 was due on 2027-01-31 and is still in-progress')
// Production monitoring that nobody kept up: the committed weekly export stopped two years ago.
assert later.contains('[Monitoring MON-score-drift] MON-score-drift: weekly score PSI against the validation sample:'
        + ' monitoring stopped: the last value in monitoring/score-drift-weekly.csv is from 2026-11-23, 736 days before'
        + ' 2028-11-28; weekly monitoring allows at most 10 days')
['review-fresh', 'acceptance-not-expired', 'monitoring-current', 'audit-programme-current', 'management-review-current',
 'nonconformity-on-track', 'actions-not-overdue'].each { rule -> assert later.contains('(' + rule + ')') : rule }
def summary = later =~ /AIMS check failed: (\d+) errors, (\d+) warnings/
assert summary.find()
assert (summary.group(1) as int) >= risks.size() + assessments.size() + 1 : summary.group()
assert later.contains('BUILD FAILURE')
// It fails on the records (MojoFailureException), never with a RuntimeException (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
