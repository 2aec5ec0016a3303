// Issue 22, items 4 and 5: a backdated commit, a squash with [minor-change] in its body only, an evil merge and a
// May commit of a branch merged in July are all counted by governed-code-reassessed; in a linked worktree of a shallow clone the log says it cannot check.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : 'two builds: ' + runs.size()

def line = runs[0].readLines().find { it.contains('(governed-code-reassessed)') && it.startsWith('[ERROR]') }
assert line != null : 'missing the governed-code-reassessed violation'
assert line.contains('4 commit(s) changed the governed code of scorer after its assessments risk assessment R-1'
        + ' (2026-06-01), impact assessment IA-scorer (2026-06-05): ')
assert line =~ /[0-9a-f]{10} 2026-07-06 Ada 'Cap the score'; [0-9a-f]{10} 2026-07-04 Ada 'Merge branch 'side''; [0-9a-f]{10} 2026-07-02 Ada 'Tune the scorer \(#12\)'; [0-9a-f]{10} 2026-07-01 Ada 'Raise the refer band'/
assert line.contains('with [minor-change] in the subject line of its commit message')
assert runs[0].contains('AIMS check failed: 1 error, 0 warnings')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(runs[0], 'MojoFailureException')

assert runs[1].contains('[INFO] governed-code-reassessed: shallow clone: changes to governed code not checked')
assert runs[1].contains('[INFO] AIMS check passed: 0 errors, 0 warnings')
assert runs[1].contains('BUILD SUCCESS')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
