// The build failed on exactly the located problem, and printed no stack trace or exception.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/records.yaml:36:14: [Risk R-1] treatment.controls[0] 'A.7.1' is not an ISO/IEC 42001 Annex A control (A.2.2 to A.10.4, 38 in all); did you mean 'A.7.2'? (unknown-control)'''
assert log.contains('[ERROR] ' + expected) : "missing located error line: " + expected
assert log.contains('AIMS validation found 1 problem in 1 file')
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
