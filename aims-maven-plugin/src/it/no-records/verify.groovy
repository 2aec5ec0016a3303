def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] No AIMS records found in src/main/aims; nothing to validate')
assert log.contains('BUILD SUCCESS')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
