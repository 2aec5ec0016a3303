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
guard.failedWith(log, ['MojoFailureException', 'MojoFailureException', 'MojoFailureException', 'MojoExecutionException'])
return true
