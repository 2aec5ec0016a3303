def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/site/aims-report.html')
assert report.isFile() : 'mvn site wrote no AIMS report'
def html = report.text
assert html.contains('AIMS compliance')
assert html.contains('decided (of 38)')
assert html =~ /<td>decided \(of 38\)<\/td>\s*<td>38<\/td>/
assert html.contains('soa-complete') && html.contains('Last aims:check: 0 errors, 0 warnings.')
assert html.contains('href="aims-site/index.html"')
assert new File(basedir, 'target/site/aims-site/index.html').isFile()
assert new File(basedir, 'target/site/aims-site/soa.html').isFile()
assert !new File(basedir, 'target/site/aims-site/adoc').exists()
assert log.contains('BUILD SUCCESS')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
