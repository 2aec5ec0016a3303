// The build failed on the common mistake, naming the rule, the file and line, and the fix.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/systems.yaml:10:1: [AISystem chat] AI system chat has no impact assessment of its own; risks in the register do not replace it; fix: add an ImpactAssessment with system: chat describing its impacts on individuals, groups and society (system-impact-assessed)'''
assert log.contains('[ERROR] ' + expected) : 'missing violation line: ' + expected
assert log.contains('AIMS check failed: 1 error, 0 warnings (details: target/aims/check/)')
assert new File(basedir, 'target/aims/check/aims-check.sarif').isFile()
assert new File(basedir, 'target/aims/check/TEST-aims-check.xml').isFile()
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
