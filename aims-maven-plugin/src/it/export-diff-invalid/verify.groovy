// aims:export and aims:diff list an invalid record as aims:validate and aims:check do (file:line:column, record,
// message, rule, fix), instead of sending the user to aims:validate, and write nothing.
def log = new File(basedir, 'build.log').text
def expected = '''[ERROR] src/main/aims/records.yaml:28:11: [Risk R-1] systems[0] names AISystem 'scorign', which is not declared; did you mean 'scoring'? (unknown-reference)'''
assert log.count(expected) == 2 : "export and diff must each list the located problem: " + expected
assert log.contains('AIMS validation found 1 problem in 1 file; each is listed above as file:line:column, with its rule in parentheses; nothing exported')
assert log.contains('AIMS validation found 1 problem in 1 file; each is listed above as file:line:column, with its rule in parentheses; cannot compare them')
assert !log.contains('run aims:validate')
assert !new File(basedir, 'target/aims/aims-oscal-component-definition.json').exists()
assert !new File(basedir, 'target/aims/aims-diff.json').exists()
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
