def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping AIMS validate: aims.skip is true')
assert !log.contains('treatment.option')
assert log.contains('BUILD SUCCESS')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
