// Monitoring in operation: the committed export is judged on its latest value and its freshness as of aims.today.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2

assert runs[0].contains('[WARNING] src/main/aims/metrics.yaml:29:28: [Monitoring MON-score-drift] MON-score-drift:'
        + ' weekly PSI of first-time applicants has not enough data: 0.24 rests on 61 samples, fewer than the 200 the'
        + ' threshold needs (monitoring/score-drift.csv column psi_new, latest by week, measured on 2026-11-23); neither'
        + ' passed nor failed; control A.6.2.6; fix: ')
assert runs[0].contains('AIMS check passed: 0 errors, 1 warning')
assert !runs[0].contains('(monitoring-current)')
def page = new File(basedir, 'target/aims-site/measurements.html').text
assert page.contains('<title>2026-10-26: 0.04</title>')
assert page.contains('<title>2026-11-23: 0.08</title>')
assert page.contains('Threshold max 0.2 on at least 200 samples: 2026-10-26 0.04, 2026-11-02 0.05, 2026-11-09 0.07,'
        + ' 2026-11-16 0.06, 2026-11-23 0.08.')
assert page.contains('not enough data')

assert runs[1].contains('[ERROR] src/main/aims/metrics.yaml:13:5: [Monitoring MON-score-drift] MON-score-drift:'
        + ' weekly score PSI: monitoring stopped: the last value in monitoring/score-drift.csv is from 2026-11-23,'
        + ' 27 days before 2026-12-20; weekly monitoring allows at most 10 days (7 and 3 days\' grace); control'
        + ' A.6.2.6; risk R-1; fix: resume the weekly monitoring and commit its export (owner ml-lead), or change the'
        + ' record\'s frequency to what is done (monitoring-current)')
assert runs[1].contains('AIMS check failed: 2 errors, 1 warning')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(runs[1], 'MojoFailureException')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
