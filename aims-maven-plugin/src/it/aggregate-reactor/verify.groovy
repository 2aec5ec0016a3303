def log = new File(basedir, 'build.log').text
// Three passing builds (one serial, two with -T 4), then the one with a duplicated id fails.
assert (log =~ /BUILD SUCCESS/).size() == 3
assert (log =~ /BUILD FAILURE/).size() == 2
assert (log =~ /AIMS aggregate over 4 module\(s\) and 0 released bundle\(s\): aggregate-reactor, scoring, assistant, platform/).size() == 5
assert (log =~ /AIMS aggregate check passed: 0 errors, 0 warnings over 4 modules and bundles/).size() == 3
// One Asciidoctor per build, booted by the aggregate alone: the modules run no AIMS goal of their own.
assert (log =~ /Asciidoctor started in \d+ ms/).size() == 4 : 'runs 1-3, and 5 (the check result changed)'
assert !(log =~ /boots in this JVM: [2-9]/)
// Both failing builds (4, 5, run with -e) fail on the records, never with a RuntimeException (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')

// Ids are unique across modules: both files are named, on one located line, with the rule.
def duplicate = log.readLines().find { it.contains('duplicate AISystem id') }
assert duplicate != null
assert duplicate.contains('[ERROR] assistant/src/dup/aims/copied.yaml:2:1: [AISystem scorer]') : duplicate
assert duplicate.contains('first declared at scoring/src/main/aims/scoring.yaml:2:1') : duplicate
assert duplicate.contains('(duplicate-id)')
assert log.contains('AIMS validation found 1 problem in 1 file')

// The site escapes user text as numeric character references; read pages with those decoded.
def page = { String name -> new File(basedir, 'target/aims-site/' + name).text.replaceAll(/&#(\d+);/) { all, code -> new String(Character.toChars(code as int)) } }
// third-party-declared covers the modules: the finding points at the module's POM.
assert log =~ /\[ERROR\] scoring\/pom.xml:\d+:\d+: \[Dependency ai.djl:api\] .*ai.djl:api:0.36.0 is not covered by any AISystem in scope.* \(third-party-declared\)/
assert log.contains('AIMS aggregate check failed: 1 error, 0 warnings over 4 modules and bundles')
def site = new File(basedir, 'target/aims-site')
assert !new File(basedir, 'scoring/target/aims-site').exists()
def inventory = page('inventory.html')
assert inventory.contains('<th class="tableblock halign-left valign-top">Module</th>')
// Each record's page names its module; records are shown with paths from the root.
def scorer = page('system-scorer.html')
assert scorer.contains('scoring/src/main/aims/scoring.yaml:1:1')
assert scorer =~ /Module<\/p><\/td>\s*<td[^>]*><p class="tableblock">scoring<\/p>/
def chat = page('system-chat.html')
assert chat =~ /Module<\/p><\/td>\s*<td[^>]*><p class="tableblock">assistant<\/p>/
assert page('risk-R-2.html') =~ /Module<\/p><\/td>\s*<td[^>]*><p class="tableblock">assistant<\/p>/
// The root SoA references R-1 of the scoring module; all 38 decisions are there.
assert (new File(site, 'soa.html').text =~ /class="soa-row /).size() == 38
// Evidence is resolved, and hashed, in the module that holds the record.
def evidence = new File(site, 'evidence.html').text
def expected = java.security.MessageDigest.getInstance('SHA-256')
        .digest(new File(basedir, 'scoring/docs/model-card.md').bytes).encodeHex().toString()
assert evidence.contains(expected)
assert page('evidence.html').contains('scoring/docs/model-card.md')
assert page('evidence.html').contains('assistant/docs/contract.md')
// The last build's reports and dashboard show its finding (a new dependency is a new input of the site).
assert new File(basedir, 'target/aims/check/aims-check.json').text.contains('"errors" : 1')
assert page('index.html').contains('third-party-declared')
return true
