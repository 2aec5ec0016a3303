def log = new File(basedir, 'build.log').text
// Three parallel builds, each: every module checked and its site built, with one Asciidoctor boot per build JVM.
assert (log =~ /BUILD SUCCESS/).size() == 3
assert (log =~ /\[INFO\] AIMS check passed: 0 errors, 0 warnings/).size() == 9
assert (log =~ /pages converted to HTML/).size() == 9
assert (log =~ /Asciidoctor started in \d+ ms/).size() == 3 : 'one boot per build, shared by the three modules'
assert !(log =~ /boots in this JVM: [2-9]/)
assert !log.contains('Exception')
['alpha', 'beta', 'gamma'].each { module ->
    def site = new File(basedir, module + '/target/aims-site')
    assert new File(site, 'soa.html').isFile()
    assert (new File(site, 'soa.html').text =~ /class="soa-row /).size() == 38
    assert new File(basedir, module + '/target/aims/aims-manifest.json').isFile()
    assert new File(basedir, module + '/target/aims/check/aims-check.sarif').isFile()
}
// The three modules' pages are the same bytes: same records, no cross-talk between threads.
['index.html', 'soa.html', 'risks.html'].each { page ->
    assert new File(basedir, 'alpha/target/aims-site/' + page).bytes == new File(basedir, 'gamma/target/aims-site/' + page).bytes
}
return true
