def log = new File(basedir, 'build.log').text
def page = { String name -> new File(basedir, 'org/target/aims-site/' + name).text.replaceAll(/&#(\d+);/) { all, code -> new String(Character.toChars(code as int)) } }

// The releases carry their bundles.
['credit-service', 'fraud-service'].each { service ->
    assert new File(basedir, service + '/target/aims/aims-bundle.json').isFile()
}
assert log.contains('AIMS aggregate over 1 module(s) and 2 released bundle(s): org, it.aims:credit-service:1.0, it.aims:fraud-service:1.0')
assert log.contains('AIMS aggregate check passed: 0 errors, 0 warnings over 3 modules and bundles')

// One inventory: the organisation's own systems and both services' systems, each saying where it comes from.
def inventory = page('inventory.html')
['scorer', 'chat', 'credit-limit', 'fraud-screen'].each { assert inventory.contains('system-' + it + '.html') }
assert inventory.contains('it.aims:credit-service:1.0 (released bundle)')
assert inventory.contains('it.aims:fraud-service:1.0 (released bundle)')
def fraud = page('system-fraud-screen.html')
assert fraud.contains('it.aims:fraud-service:1.0 (released bundle)')
assert fraud =~ /fraud-service-1\.0-aims\.bundle\.json#\/records\/\d+:1:1/
assert fraud.contains('FR-1')
// One SoA, 38 decisions; one register with the services' risks.
assert (page('soa.html') =~ /class="soa-row /).size() == 38
def risks = page('risks.html')
['R-1', 'R-2', 'CR-1', 'FR-1'].each { assert risks.contains('risk-' + it + '.html') }
// The released evidence is listed; its file was checked and hashed by its own release, not here.
assert page('evidence.html').contains('EV-fraud-assurance')
assert page('evidence.html').contains('docs/assurance.md (in it.aims:fraud-service:1.0)')

// Bad configuration: one line naming what to fix; a configuration fault (MojoExecutionException), no crash.
assert log.contains("cannot resolve the AIMS bundle it.aims:missing-service:bundle.json:aims:1.0 of aims.bundles entry 'it.aims:missing-service:1.0': was that version released with aims:manifest attached?")
assert log.contains("aims.bundles entry 'it.aims:credit-service' must be groupId:artifactId:version")
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoExecutionException')
return true
