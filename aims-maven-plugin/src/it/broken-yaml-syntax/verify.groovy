// The build failed on exactly the located problem, and printed no stack trace or exception.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/records.yaml:32:13: invalid YAML: while parsing a flow sequence, expected ',' or ']', but got : (yaml-syntax)'''
assert log.contains('[ERROR] ' + expected) : "missing located error line: " + expected
assert log.contains('AIMS validation found 1 problem in 1 file')
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
