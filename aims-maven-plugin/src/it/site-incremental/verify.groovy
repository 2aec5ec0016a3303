import java.security.MessageDigest

// The site is rebuilt when, and only when, something it is made of changed (invoker.properties lists the runs).
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/aims-site')
def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 7
def converted = ~/\[INFO\] AIMS site: \d+ pages converted to HTML in \d+ ms: target\/aims-site\/index.html/
def upToDate = ~/\[INFO\] AIMS site is up to date \(inputs unchanged, checked in \d+ ms\): target\/aims-site\/index.html/
def why = ['first build', 'a record changed', 'a template changed', 'evidence under docs/ changed',
           'evidence outside docs/ changed', 'aims.today changed', 'nothing changed']
runs.eachWithIndex { run, i ->
    assert run.contains('BUILD SUCCESS') : "run ${i + 1}"
    if (i < 6) {
        // The first execution rebuilds (booting Asciidoctor once), the second finds the site up to date.
        assert (run =~ converted).size() == 1 : "run ${i + 1} (${why[i]}) did not rebuild the site"
        assert (run =~ /Asciidoctor started in \d+ ms/).size() == 1 : "run ${i + 1}"
        assert (run =~ upToDate).size() == 1 : "run ${i + 1} (${why[i]}): the second execution was not skipped"
        assert run.indexOf('pages converted to HTML') < run.indexOf('AIMS site is up to date')
    } else {
        assert (run =~ converted).size() == 0 : "run ${i + 1} (${why[i]}) rebuilt the site"
        assert !run.contains('AsciiDoc pages written') && !run.contains('Asciidoctor started')
        assert (run =~ upToDate).size() == 2 : "run ${i + 1} (${why[i]}): both executions are skipped"
    }
}
// Render only what changed: the changed record's pages are converted, the others keep their HTML.
assert !(runs[0] =~ /pages kept from the last build/)
assert runs[1] =~ /\[INFO\] AIMS site: \d+ pages kept from the last build \(their inputs are unchanged\)/
assert runs[0] =~ /\[INFO\] AIMS site: \d+ AsciiDoc pages written in \d+ ms to target\/aims-site\/adoc/
// Write only what changed: a re-run writes the page sources whose bytes changed, not all of them.
(1..4).each { i ->
    def made = runs[i] =~ /\[INFO\] AIMS site: (\d+) AsciiDoc pages made, (\d+) changed and written, in \d+ ms to target\/aims-site\/adoc/
    assert made.size() == 1 : "run ${i + 1} (${why[i]}) wrote every page source"
    assert (made[0][2] as int) >= 1 && (made[0][2] as int) < (made[0][1] as int) : "run ${i + 1}: ${made[0][0]}"
}
assert runs[0] =~ /\[INFO\] AIMS site: Asciidoctor started in \d+ ms in the background, \d+ ms waited for \(once per build; boots in this JVM: 1\)/
assert !log.contains('[WARNING] AIMS site: Asciidoctor')

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

// What each change changed is in the last site. The record: R-1's new title.
assert new File(site, 'risk-R-1.html').text.contains('Biased scores against young applicants')
// The template (templateDirectory): the added sentence.
assert new File(site, 'clauses.html').text.contains('This map is reviewed at each internal audit.')
// The evidence files: the site shows the SHA-256 of their new bytes, not of the old.
def evidence = new File(site, 'evidence.html').text
def original = new File(basedir, '../../../src/it/site-incremental')
['docs/evidence.md', 'evidence/assurance.md'].each { path ->
    assert new File(basedir, path).text.contains('second edition') || new File(basedir, path).text.contains('bridge letter')
    assert evidence.contains(sha256(new File(basedir, path))) : 'evidence page shows the new digest of ' + path
    assert !evidence.contains(sha256(new File(original, path))) : 'evidence page still shows the old digest of ' + path
}
// aims.today: TA-1 (due 2027-01-31, open) is overdue on 2027-02-15 and not before.
assert index =~ /Overdue treatment actions<\/dt>\s*<dd>\s*<p>1 /
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
