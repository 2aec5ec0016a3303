// Evidence that has expired no longer shows that a control works.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/aims\/soa-2\.yaml:\d+:1: \[Control A\.7\.4\] control A\.7\.4 is implemented but none of its evidence counts today: EV-bias-2025 expired on 2026-10-31 \(validUntil\) \(today is 2026-11-28\); fix: /
assert log.contains('AIMS check failed: 1 error, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
