def log = new File(basedir, 'build.log').text
def guard = evaluate(new File(basedir, '../../../src/it/guard.groovy'))

// The governance repository released the organisation's AIMS into the repository (repo/, a file repository).
assert new File(basedir, 'repo/it/aims/org/governance/1.0/governance-1.0-aims.bundle.json').isFile()

// Both services resolve the newest release in [1,2) and pass the check with the organisation's Scope, Policy (its
// roles), RiskCriteria and SoA; their bundles carry only their own records and the organisation version used.
assert (log =~ /AIMS: checked against the organisation's records it\.aims\.org:governance:1\.0 \(aims\.organisation\)/).size() >= 5
['credit-service/2.1/credit-service-2.1', 'fraud-service/1.4/fraud-service-1.4'].each { path ->
    def bundle = new groovy.json.JsonSlurper().parse(new File(basedir, 'repo/it/aims/org/' + path + '-aims.bundle.json'))
    assert bundle.organisation == 'it.aims.org:governance:1.0'
    assert bundle.records*.kind.toSet() == ['AISystem', 'Risk', 'ImpactAssessment'].toSet() ||
            bundle.records*.kind.toSet() == ['AISystem', 'Risk', 'ImpactAssessment', 'Evidence'].toSet()
}
def passes = log.readLines().findAll { it.contains('AIMS check passed: 0 errors, 0 warnings') }
assert passes.size() >= 3 // the governance project and both services

// The service's site marks the organisation's records with the version used.
def page = { String name -> new File(basedir, 'credit-service/target/aims-site/' + name).text }
assert page('system-scorer.html').contains('it.aims.org:governance:1.0 (organisation)')
assert !page('system-credit-limit.html').contains('(organisation)')

// An unknown role, a likelihood the organisation's 4x4 criteria do not define, a redefined organisation record:
// located errors that fail the check.
assert log.contains("src/main/aims/service.yaml:5:1: [AISystem role-model] owner 'credit-lead' is not a role declared under 'roles' of a Policy record (unknown-role)")
assert log.contains('src/main/aims/service.yaml:17:13: [Risk LR-1] inherent.likelihood 5 is outside the likelihood scale 1..4 of RiskCriteria org-criteria (risk-criteria)')
assert log.contains("src/main/aims/service.yaml:2:1: [AISystem scorer] redefines the organisation's AISystem 'scorer' (governance-1.0-aims.bundle.json#/records/")
assert log.contains("src/main/aims/service.yaml:40:1: [Control A.7.4] redefines the organisation's Control 'A.7.4' (governance-1.0-aims.bundle.json#/records/")
assert log.contains('in it.aims.org:governance:1.0); the organisation\'s records are read-only here')

// The organisation's aggregate: its records resolved through aims.organisation, the services through the BOM and its
// ranges; a newest release without a bundle and a service checked against an older organisation release are named.
assert log.contains("AIMS aggregate: 4 service(s) from aims.bundlesFrom it.aims.org:services-bom:[1,2)")
assert log.contains("[WARNING] it.aims.org:plain-service:3.0 (the newest release of aims.bundlesFrom entry 'it.aims.org:plain-service:[1,)') has no AIMS bundle: release it with aims:manifest attached; left out")
assert log.contains('[WARNING] old-service-1.0-aims.bundle.json: it.aims.org:old-service:1.0 was checked against it.aims.org:governance:0.9, older than 1.0 that this aggregate uses (it.aims.org:governance:1.0); release the service again against it')
assert log.contains('AIMS aggregate over 1 module(s) and 4 released bundle(s): portfolio, it.aims.org:governance:1.0, it.aims.org:credit-service:2.1, it.aims.org:fraud-service:1.4, it.aims.org:old-service:1.0') ||
        log.contains('AIMS aggregate over 1 module(s) and 3 released bundle(s): portfolio, it.aims.org:credit-service:2.1, it.aims.org:fraud-service:1.4, it.aims.org:old-service:1.0')
assert log.contains('AIMS aggregate check passed: 0 errors, 0 warnings over 4 modules and bundles')
assert !log.contains('No AIMS records found') // the bundles' records are records: every rule runs over them
def portfolio = new File(basedir, 'portfolio/target/aims-site/portfolio.html').text
def rows = portfolio.findAll(/(?s)<tr>.*?<\/tr>/).findAll { it.contains('<td') }
assert rows.size() == 3
def row = { String service -> rows.find { it.contains(service) } }
assert row('it.aims.org:credit-service').contains('2.1') && row('it.aims.org:credit-service').contains('system-credit-limit.html')
assert row('it.aims.org:credit-service').contains('2026-11-01') && row('it.aims.org:credit-service').contains('2026-06-01')
assert !row('it.aims.org:credit-service').contains('older than')
assert row('it.aims.org:old-service').contains('it.aims.org:governance:0.9') && row('it.aims.org:old-service').contains('older than 1.0')
assert portfolio.contains('class="tableblock frame-all grid-all stretch sortable"') || portfolio.contains('sortable')
assert new File(basedir, 'portfolio/target/aims-site/inventory.html').text.contains('portfolio.html')

// A range with no release: a configuration error naming the range and where it looked.
assert log.contains("aims.organisation entry 'it.aims.org:governance:[7,8)': no release of it.aims.org:governance in [7,8) is in the repositories (local ")
assert !new File(basedir, 'no-release/target/aims').exists() : 'nothing written after a configuration error'

// A new service adopts the AIMS against the organisation: init writes its inventory alone, owned by one of the
// organisation's roles, and says what it leaves to the organisation; the scaffold validates with the organisation's
// records, and the check finds only the service's own open work (its system's risks and impact assessment).
def aims = new File(basedir, 'new-service/src/main/aims')
assert aims.list().toList() == ['systems.yaml']
['context.yaml': 'the Scope and Policy', 'risk-criteria.yaml': 'the RiskCriteria',
 'statement-of-applicability.yaml': 'the Statement of Applicability'].each { file, what ->
    assert log.contains("[INFO] AIMS init: not written src/main/aims/${file}: the organisation it.aims.org:governance:1.0 (aims.organisation) holds ${what}")
}
assert !new File(basedir, 'src/main/aims').exists() : 'init ran in the service only'
assert log.contains('[INFO] AIMS init: 17 files written, 0 kept, 3 left to the organisation;')
def systems = new File(aims, 'systems.yaml').text
assert systems.contains('\nid: langchain4j\n') && systems.contains('\nowner: ceo\n') // ceo: the organisation's first role
assert log.contains('[INFO] AIMS records valid: 1 file, 52 records: 1 Scope, 1 Policy, 1 RiskCriteria, 3 AISystem')
def scaffoldFindings = log.readLines().findAll { it.contains('src/main/aims/systems.yaml:') }
assert scaffoldFindings.any { it.contains('(system-risk-assessed)') } && scaffoldFindings.any { it.contains('(system-impact-assessed)') }
assert scaffoldFindings.every { it =~ /\((system-risk-assessed|system-impact-assessed)\)$/ } : scaffoldFindings.join('\n')
assert log.contains('[INFO] AIMS check found 2 errors, 0 warnings')

// mvn site: the report reads the organisation's records too, and says how many are theirs.
def report = new File(basedir, 'new-service/target/site/aims-report.html').text
assert report.contains("52 records in 1 file, of which 51 are the organisation&#39;s (it.aims.org:governance:1.0, read-only).") ||
        report.contains("52 records in 1 file, of which 51 are the organisation's (it.aims.org:governance:1.0, read-only).")

// Bad input: an organisation version never released, an organisation bundle of another format, two services releasing
// the same system id. Each a located message; nothing written.
assert log.contains("cannot resolve the organisation's AIMS bundle of aims.organisation 'it.aims.org:governance:5.0' (it.aims.org:governance:5.0): was that version of the governance repository released with aims:manifest attached?")
assert log =~ /cannot read the organisation's AIMS bundle it\.aims\.org:wrong-format:1\.0 \(aims\.organisation\): \S*wrong-format-1\.0-aims\.bundle\.json is not an AIMS bundle \(expected "format": "aims-bundle\/2"\)/
assert log =~ /clash-b-1\.0-aims\.bundle\.json#\/records\/0\S*: \[AISystem shared-scorer\] duplicate AISystem id 'shared-scorer', first declared at \S*clash-a-1\.0-aims\.bundle\.json#\/records\/0/
assert !new File(basedir, 'bad-input/target/aims').exists() && !new File(basedir, 'bad-input/target/aims-site').exists()
guard.failedWith(log, ['MojoFailureException', 'MojoFailureException', 'MojoFailureException', 'MojoExecutionException',
        'MojoExecutionException', 'MojoExecutionException', 'MojoFailureException'])
return true
