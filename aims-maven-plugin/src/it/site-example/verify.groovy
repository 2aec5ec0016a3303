def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/aims-site')
def page = { name -> new File(site, name + '.html').text }

assert log.contains('[INFO] AIMS check passed: ') : 'the example passes aims:check'
assert log =~ /\[INFO\] AIMS site: \d+ pages converted to HTML in \d+ ms: target\/aims-site\/index.html/
assert !log.contains('[WARNING] AIMS site: Asciidoctor')

// Every overview page, a page per system, risk and impact assessment, with their AsciiDoc sources.
['index', 'context', 'inventory', 'criteria', 'risks', 'treatment', 'soa', 'impact-assessments', 'evidence',
 'clauses', 'crosswalks', 'system-credit-scoring-model', 'risk-R-01', 'ia-IA-credit-scoring'].each { name ->
    assert new File(site, name + '.html').isFile() : "missing page " + name
    assert new File(site, 'adoc/' + name + '.adoc').isFile() : "missing source " + name
}
def records = new File(basedir, 'src/main/aims')
def riskIds = [] as Set
records.eachFileRecurse { f ->
    if (f.name.endsWith('.yaml')) {
        def text = f.text
        (text =~ /(?m)^kind: Risk\s*\nid: (\S+)/).each { riskIds << it[1] }
    }
}
assert riskIds.size() >= 10 : "risks found in the example: " + riskIds
riskIds.each { id -> assert new File(site, 'risk-' + id + '.html').isFile() : 'no page for risk ' + id }

// Key content.
def index = page('index')
assert index.contains('Northwind Lending Ltd')
assert index.contains('38 of 38 Annex A controls decided')
assert index.contains('2026-11-20') : 'the date comes from project.build.outputTimestamp'
assert index.contains('<svg') : 'charts are inline SVG'
def soa = page('soa')
assert (soa =~ /class="soa-row /).size() == 38
assert soa.contains('A.10.4') && soa.contains('excluded')
def risks = page('risks')
def cell = risks =~ /<a href="#(inherent-\d-\d)">/
assert cell.find() : 'heat-map cells link to their risk lists'
def list = risks.indexOf('id="' + cell.group(1) + '"')
assert list > 0 && risks.substring(list, list + 600).contains('href="risk-R-')
riskIds.each { id -> assert risks.contains('risk-' + id + '.html') : 'register links risk ' + id }
assert page('clauses').contains('10.2')
assert page('crosswalks').contains('GOVERN')
// Evidence the build wrote (the scorecard evaluation) is copied for download and linked from the evidence page.
def copied = new File(site, 'evidence-files/evidence-EV-scorecard-evaluation/scorecard-evaluation.json')
assert copied.isFile() && copied.text.contains('"approvalRateRatio"')
assert page('evidence').contains('href="evidence-files/evidence-EV-scorecard-evaluation/scorecard-evaluation.json"')
assert page('measurements').contains('0 failing, 0 not measured, 0 not enough data, 8 passing.')
// The production monitoring exports (committed, operation metrics) drawn by week next to the release checks.
assert page('measurements').contains('<title>2026-09-07: 0.03</title>')
assert page('measurements').contains('<title>2026-11-23: 0.04</title>')
assert page('measurements').contains('its monitoring export')
// Each file evidence shows the SHA-256 of its bytes (computed here with the JDK).
def evidencePage = page('evidence')
def evidenceFiles = new File(basedir, 'docs/aims/evidence').listFiles().findAll { it.isFile() }
assert evidenceFiles.size() >= 10
evidenceFiles.each { file ->
    def digest = java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    assert evidencePage.contains(digest) : 'evidence page lacks the SHA-256 of ' + file.name
}
assert page('system-credit-scoring-model').contains('risk-R-01.html')
// The PDF audit pack, from the same AsciiDoc.
assert log =~ /\[INFO\] AIMS site: PDF audit pack rendered in \d+ ms: target\/aims-site\/aims-audit-pack.pdf/
// The exports asked of the site are written into it and linked from the dashboard.
assert log.contains('[INFO] AIMS site: OSCAL 1.1.2 component definition written to target/aims-site/exports/aims-oscal-component-definition.json')
def oscal = new groovy.json.JsonSlurper().parse(new File(site, 'exports/aims-oscal-component-definition.json'))
assert oscal['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'].size() == 38
assert new File(site, 'exports/aims-mlbom.cdx.json').text =~ /"specVersion"\s*:\s*"1.6"/
assert new File(site, 'index.html').text.contains('href="exports/aims-oscal-component-definition.json"')
def pdf = new File(site, 'aims-audit-pack.pdf')
assert pdf.isFile() && pdf.length() > 50_000
assert new String(pdf.bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
assert new File(site, 'adoc/audit-pack.adoc').text.contains('include::soa.adoc[leveloffset=+1]')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
