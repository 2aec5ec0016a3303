// The build failed on the common mistake, naming the rule, the file and line, and the fix.
def log = new File(basedir, 'build.log').text
def expected = '''pom.xml:14:7: [Dependency ai.djl:api] Deep Java Library (DJL) dependency it.aims:check-undeclared-third-party:1.0 → ai.djl:api:0.36.0 is not covered by any AISystem in scope; fix: add "ai.djl:api" (or a pattern such as "ai.djl:*") to components.dependencies of the AISystem that uses it, or declare that system (third-party-declared)'''
assert log.contains('[ERROR] ' + expected) : 'missing violation line: ' + expected
assert log.contains('AIMS check failed: 1 error, 0 warnings')
assert new File(basedir, 'target/aims/check/aims-check.sarif').isFile()
assert new File(basedir, 'target/aims/check/TEST-aims-check.xml').isFile()
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
assert log.contains('io.github.aimsplugin.check.RuleEngine')
assert !log.contains('org.jruby.') : 'aims:check loaded JRuby'
assert !log.contains('org.asciidoctor.') : 'aims:check loaded AsciidoctorJ'
return true
