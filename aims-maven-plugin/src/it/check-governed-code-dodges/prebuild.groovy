// One history with the three ways issue 22 found to change governed code without a trace, after the assessments of
// June 2026 (risk 2026-06-01, impact 2026-06-05):
//   a) a commit authored in May but committed on 2026-07-01 (a rebase keeps the author date);
//   b) a squash whose body lists "[minor-change]" for one of its changes, but whose subject does not;
//   c) an "evil merge": the merge commit itself changes the scorer, which neither branch did;
//   d) a commit made on a long-lived branch in May (before the assessments) and merged, unrebased, in July.
// Then a shallow clone of it (depth 1) and a linked worktree of that clone, where the history cannot be checked.
def git = { File dir, String authored, String committed, List<String> args ->
    def command = ['git', '-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', '-c', 'commit.gpgsign=false',
                   '-c', 'core.hooksPath=/dev/null', '-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always'] + args
    def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    process.environment().putAll([GIT_AUTHOR_DATE: authored + 'T10:00:00Z', GIT_COMMITTER_DATE: committed + 'T10:00:00Z'])
    def started = process.start()
    def output = started.inputStream.text
    assert started.waitFor() == 0 : "git ${args} failed: ${output}"
}
def scorer = new File(basedir, 'src/main/java/com/acme/scoring/Scorer.java')
def change = { String from, String to -> scorer.text = scorer.text.replace(from, to) }

new File(basedir, '.gitignore').text = 'target/\nbuild.log\nshallow/\nlinked/\n'
git(basedir, '2026-05-01', '2026-05-01', ['init', '-q'])
git(basedir, '2026-05-01', '2026-05-01', ['add', '-A'])
git(basedir, '2026-05-01', '2026-05-01', ['commit', '-q', '-m', 'Start the scorer'])
git(basedir, '2026-05-01', '2026-05-01', ['branch', 'old'])

change('0.4', '0.45')
git(basedir, '2026-05-15', '2026-07-01', ['commit', '-q', '-a', '-m', 'Raise the refer band'])

change('30_000', '32_000')
git(basedir, '2026-07-02', '2026-07-02', ['commit', '-q', '-a', '-m',
        'Tune the scorer (#12)\n\n* Move the income cut-off\n* Fix a typo in a comment [minor-change]\n'])

git(basedir, '2026-07-03', '2026-07-03', ['checkout', '-q', '-b', 'side'])
new File(basedir, 'docs/notes.md').text = 'Notes on the scorer.\n'
git(basedir, '2026-07-03', '2026-07-03', ['add', '-A'])
git(basedir, '2026-07-03', '2026-07-03', ['commit', '-q', '-m', 'Notes'])
git(basedir, '2026-07-03', '2026-07-03', ['checkout', '-q', 'main'])
new File(basedir, 'docs/more.md').text = 'More.\n'
git(basedir, '2026-07-03', '2026-07-03', ['add', '-A'])
git(basedir, '2026-07-03', '2026-07-03', ['commit', '-q', '-m', 'More docs'])
git(basedir, '2026-07-04', '2026-07-04', ['merge', '-q', '--no-ff', '--no-commit', 'side'])
change('0.1', '0.05')
git(basedir, '2026-07-04', '2026-07-04', ['commit', '-q', '-a', '-m', "Merge branch 'side'"])

git(basedir, '2026-05-20', '2026-05-20', ['checkout', '-q', 'old'])
new File(basedir, 'src/main/java/com/acme/scoring/Cap.java').text = 'package com.acme.scoring;\n\nclass Cap {}\n'
git(basedir, '2026-05-20', '2026-05-20', ['add', '-A'])
git(basedir, '2026-05-20', '2026-05-20', ['commit', '-q', '-m', 'Cap the score'])
git(basedir, '2026-07-06', '2026-07-06', ['checkout', '-q', 'main'])
git(basedir, '2026-07-06', '2026-07-06', ['merge', '-q', '--no-ff', '-m', "Merge branch 'old'", 'old'])

def shallow = new File(basedir, 'shallow')
git(basedir, '2026-07-05', '2026-07-05', ['clone', '-q', '--depth', '1', 'file://' + basedir.absolutePath, shallow.path])
git(shallow, '2026-07-05', '2026-07-05', ['worktree', 'add', '-q', new File(basedir, 'linked').path])
assert new File(shallow, '.git/shallow').isFile()
assert new File(basedir, 'linked/.git').isFile() : 'a linked worktree has a .git file, not a folder'
return true
