// The gate holds: the measured value misses its threshold and the line says which metric, value, threshold, source,
// controls and risk.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/aims/metrics.yaml:17:5: [Objective OBJ-fair-approvals] OBJ-fair-approvals:'
        + ' approval-rate ratio 0.74 < min 0.8 (target/aims-metrics/scorecard-evaluation.json /approvalRateRatio);'
        + ' controls A.6.2.4, A.7.4; risk R-1; fix: ')
assert !log.contains('(metric-measured)')
assert log.contains('AIMS check failed: 1 error, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
