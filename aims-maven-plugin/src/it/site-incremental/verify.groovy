def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/aims-site')
// The first execution builds every page, booting Asciidoctor once.
assert log =~ /\[INFO\] AIMS site: \d+ AsciiDoc pages written in \d+ ms to target\/aims-site\/adoc/
assert log =~ /\[INFO\] AIMS site: Asciidoctor started in \d+ ms in the background, \d+ ms waited for \(once per build; boots in this JVM: 1\)/
assert (log =~ /Asciidoctor started/).size() == 1
// The second, with the same inputs, is skipped.
assert log =~ /\[INFO\] AIMS site is up to date \(inputs unchanged, checked in \d+ ms\): target\/aims-site\/index.html/
['index', 'context', 'inventory', 'criteria', 'risks', 'treatment', 'soa', 'impact-assessments', 'evidence',
 'clauses', 'crosswalks', 'system-scorer', 'risk-R-1', 'ia-IA-scorer'].each { page ->
    assert new File(site, page + '.html').isFile() : "missing page " + page
    assert new File(site, 'adoc/' + page + '.adoc').isFile() : "missing source " + page
}
def soa = new File(site, 'soa.html').text
assert (soa =~ /class="soa-row /).size() == 38
def index = new File(site, 'index.html').text
assert index.contains('Example Ltd')
assert index.contains('2026-11-01') : 'the date comes from project.build.outputTimestamp'
assert !log.contains('[WARNING] AIMS site: Asciidoctor')
return true
