// The build failed on exactly the located problem, and printed no stack trace or exception.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/records.yaml:43:1: [AISystem scoring] duplicate AISystem id 'scoring', first declared at src/main/aims/records.yaml:18:1; give each record its own id or merge the two (duplicate-id)'''
assert log.contains('[ERROR] ' + expected) : "missing located error line: " + expected
assert log.contains('AIMS validation found 1 problem in 1 file')
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
