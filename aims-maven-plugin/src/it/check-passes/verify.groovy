def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AIMS check passed: 0 errors, 0 warnings (details: target/aims/check/), 28 rules')
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/aims/check/aims-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.rules.size() == 28
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/aims/check/TEST-aims-check.xml')).documentElement
assert junit.getAttribute('tests') == '28'
assert junit.getAttribute('failures') == '0'
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
