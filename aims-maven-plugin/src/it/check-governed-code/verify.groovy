// Clause 8: the change to governed code after the assessments fails the build, naming them and the commit; the
// same change marked [minor-change] passes.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : 'two builds: ' + runs.size()

def changed = ~/\[ERROR\] src\/main\/aims\/systems\.yaml:9:3: \[AISystem scorer\] 1 commit\(s\) changed the governed code of scorer after its assessments risk assessment R-1 \(2026-06-01\), impact assessment IA-scorer \(2026-06-05\): [0-9a-f]{10} 2026-07-01 Ada 'Raise the refer band'; fix: redo risk assessment R-1 \(2026-06-01\) and impact assessment IA-scorer \(2026-06-05\) \(update assessedOn\), or mark a change that needs none with \[minor-change\] in the subject line of its commit message \(governed-code-reassessed\)/
assert runs[0] =~ changed : 'missing the governed-code-reassessed violation'
assert runs[0].contains('AIMS check failed: 1 error, 0 warnings')

assert runs[1].contains('[INFO] AIMS check passed: 0 errors, 0 warnings')
assert runs[1].contains('BUILD SUCCESS')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
