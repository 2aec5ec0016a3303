import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def outside = basedir.toPath().resolveSibling('trust-boundary-outside')

// 2: the released bundle is validated as strictly as a file, located in the bundle, and no page is written.
def bundle = 'hostile-service-1.0-aims.bundle.json#/records/'
assert log.contains("[ERROR] ${bundle}0:1:1: [Control A.6.2.4] status does not have a value in the enumeration")
assert log.contains('(in released bundle it.aims:hostile-service:1.0; fix the record and release it again)')
assert log.contains("[ERROR] ${bundle}1:1:1: [Policy P-1\\n[INFO] BUILD SUCCESS\\u202e] id does not match the regex pattern")
assert log =~ /\[Policy P-1\\n\[INFO\] BUILD SUCCESS\\u202e\] title must be at most 200 characters/
assert !(log =~ /(?m)^\[INFO\] BUILD SUCCESS.+/) : 'a record id forged a log line'
assert !log.contains('\u202e') : 'a direction override reached the log'
assert log =~ /AIMS validation found \d+ problems in \d+ files; each is listed above/
// (invocations 8 and 9 build a site of the project's own records later: the bundle never reaches a page)
new File(basedir, 'target/aims-site').eachFileRecurse { File page ->
    if (page.name.endsWith('.html') || page.name.endsWith('.adoc')) {
        assert !page.text.contains('onerror') && !page.text.contains('hostile-service') : page
    }
}

// 3: a label with line breaks is a schema error where it is written.
assert log =~ /\[ERROR\] cases\/label\/criteria\.yaml:11:5: \[RiskCriteria hostile-criteria\] levels\[0\]\.label does not match the regex pattern .* — expected a short text on one line/

// 4: evidence is judged on the path the system would open; a pipe is never opened.
assert log.contains("[ERROR] cases/evidence-link/evidence.yaml:4:1: [Evidence EV-through-link] evidence file 'docs/lnk/../decoy.txt' is a link to a place outside the project directory (${outside.toRealPath().resolve('decoy.txt')}); copy the evidence into the project (evidence-file)")
assert log.contains("[ERROR] cases/evidence-link/evidence.yaml:11:1: [Evidence EV-pipe] evidence file 'docs/pipe.txt' is a named pipe, device or socket, not a regular file; name a file (evidence-file)")

// 5: a linked record folder fails closed.
assert log.contains("source directory ${basedir.toPath().toAbsolutePath().normalize().resolve('linked-aims')} is a link to ${outside.toRealPath().resolve('aims')}, outside the project directory")
assert !log.contains('No AIMS records found')

// 6: nothing written through a linked site folder.
assert log =~ /aims\.siteDirectory \S+\/target\/linked-site, a link to \S+\/trust-boundary-outside\/site, must lie inside the build directory/
assert Files.list(outside.resolve('site')).count() == 0 : 'the site wrote through the link'

// 7: an export folder outside the project is refused.
assert log =~ /aims\.exportDirectory \S+\/trust-boundary-outside\/exports lies outside the project directory \S+ and its build directory/
assert !Files.exists(outside.resolve('exports'))

// 8, 9: the second build finds the site up to date and still fails on the check's errors.
assert (log =~ /(?m)^\[ERROR\] Failed to execute goal \S+ \(\S+\) on project trust-boundary: AIMS site built, but the check found \d+ errors \(aims\.siteFailOnViolation is true\)/).size() == 2
assert log.contains('AIMS site is up to date')

// Every failure is a located message of the kind the README promises: bad input fails the build
// (MojoFailureException), bad configuration is a configuration error (MojoExecutionException); nothing crashes.
def guard = evaluate(new File(basedir, '../../../src/it/guard.groovy'))
guard.failedWith(log, ['MojoFailureException', 'MojoFailureException', 'MojoFailureException',
        'MojoExecutionException', 'MojoExecutionException', 'MojoExecutionException',
        'MojoFailureException', 'MojoFailureException'])
guard.noCrash(log)
return true
