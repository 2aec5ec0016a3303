import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def sha256 = { String text -> MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString() }

// Built, rebuilt after the edit, then skipped: in that order.
def events = (log =~ /AIMS site: \d+ pages converted to HTML|AIMS site is up to date/).collect { it.startsWith('AIMS site is') ? 'skipped' : 'converted' }
assert events == ['converted', 'converted', 'skipped'] : events

// The site shows the SHA-256 of the file as it is now, computed here independently of the plugin.
def evidence = new File(basedir, 'target/aims-site/evidence.html').text
assert new File(basedir, 'evidence/report.md').text == 'Signed again after the review.'
assert evidence.contains(sha256('Signed again after the review.'))
assert !evidence.contains(sha256('Signed by the board.'))
assert evidence.contains('evidence&#47;report&#46;md') || evidence.contains('evidence/report.md')
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
