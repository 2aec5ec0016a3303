// The build failed on exactly the located problem, and printed no stack trace or exception.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/records.yaml:28:11: [Risk R-1] systems[0] names AISystem 'scorign', which is not declared; did you mean 'scoring'? (unknown-reference)'''
assert log.contains('[ERROR] ' + expected) : "missing located error line: " + expected
assert log.contains('AIMS validation found 1 problem in 1 file')
assert !(log =~ /(?m)^\s+at (io\.github\.aimsplugin|com\.networknt|com\.fasterxml|org\.yaml)\./) : 'a stack trace reached the build log'
assert !(log =~ /Failed to execute goal .*Exception/) : 'an exception reached the user'
return true
