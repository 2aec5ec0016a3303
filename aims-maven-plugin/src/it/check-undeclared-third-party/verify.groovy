// The build failed on the common mistake, naming the rule, the file and line, and the fix.
def log = new File(basedir, 'build.log').text
def expected = '''pom.xml:14:7: [Dependency ai.djl:api] Deep Java Library (DJL) dependency it.aims:check-undeclared-third-party:1.0 → ai.djl:api:0.36.0 is not covered by any AISystem in scope; fix: add "ai.djl:api" (or a pattern such as "ai.djl:*") to components.dependencies of the AISystem that uses it, or declare that system (third-party-declared)'''
assert log.contains('[ERROR] ' + expected) : 'missing violation line: ' + expected
assert log.contains('AIMS check failed: 1 error, 0 warnings')
assert new File(basedir, 'target/aims/check/aims-check.sarif').isFile()
assert new File(basedir, 'target/aims/check/TEST-aims-check.xml').isFile()
assert !(log =~ /(?m)^\s+at (io\.github\.aimsplugin|com\.networknt|com\.fasterxml|org\.yaml)\./) : 'a stack trace reached the build log'
assert !(log =~ /Failed to execute goal .*Exception/) : 'an exception reached the user'
assert log.contains('io.github.aimsplugin.check.RuleEngine')
assert !log.contains('org.jruby.') : 'aims:check loaded JRuby'
assert !log.contains('org.asciidoctor.') : 'aims:check loaded AsciidoctorJ'
return true
