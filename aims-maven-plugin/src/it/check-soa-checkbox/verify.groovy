// The build failed on the common mistake, naming the rule, the file and line, and the fix.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/soa-2.yaml:130:1: [Control A.10.4] control A.10.4 is excluded with the placeholder "N/A" instead of a reason; fix: say why the control does not apply to this organisation and its AI systems, in at least 8 words (exclusion-justified)'''
assert log.contains('[ERROR] ' + expected) : 'missing violation line: ' + expected
assert log.contains('AIMS check failed: 1 error, 0 warnings')
assert new File(basedir, 'target/aims/check/aims-check.sarif').isFile()
assert new File(basedir, 'target/aims/check/TEST-aims-check.xml').isFile()
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
