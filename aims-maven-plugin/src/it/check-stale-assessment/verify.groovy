// The build failed on the common mistake, naming the rule, the file and line, and the fix.
def log = new File(basedir, 'build.log').text
def expected = '''src/main/aims/risks.yaml:14:1: [Risk R-1] the risk assessment of R-1 dates from 2025-06-01, older than the re-assessment interval of 12 months (due 2026-06-01); fix: re-assess, then update assessedOn and nextReview (review-fresh)'''
assert log.contains('[ERROR] ' + expected) : 'missing violation line: ' + expected
assert log.contains('AIMS check failed: 1 error, 0 warnings')
assert new File(basedir, 'target/aims/check/aims-check.sarif').isFile()
assert new File(basedir, 'target/aims/check/TEST-aims-check.xml').isFile()
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
