def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] No AIMS records found; only third-party-declared runs for this module')
assert log.contains('[INFO] AIMS check passed: 0 errors, 0 warnings (details: target/aims/check/), 1 rules')
assert log.contains('BUILD SUCCESS')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
