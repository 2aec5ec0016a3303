import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// Two git histories of the same project: created on 2026-05-01 (before the assessments of June 2026), then the
// scorer's code changed on 2026-07-01, once as a significant change and once marked [minor-change].
def git = { File dir, String date, List<String> args ->
    def command = ['git', '-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', '-c', 'commit.gpgsign=false',
                   '-c', 'core.hooksPath=/dev/null'] + args
    def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    process.environment().putAll([GIT_AUTHOR_DATE: date + 'T10:00:00Z', GIT_COMMITTER_DATE: date + 'T10:00:00Z'])
    def started = process.start()
    def output = started.inputStream.text
    assert started.waitFor() == 0 : "git ${args} failed: ${output}"
}

def history = { File dir, String message ->
    new File(dir, '.gitignore').text = 'target/\nbuild.log\nminor/\n'
    git(dir, '2026-05-01', ['init', '-q'])
    git(dir, '2026-05-01', ['add', '-A'])
    git(dir, '2026-05-01', ['commit', '-q', '-m', 'Start the scorer'])
    def scorer = new File(dir, 'src/main/java/com/acme/scoring/Scorer.java')
    scorer.text = scorer.text.replace('0.4', '0.45')
    git(dir, '2026-07-01', ['commit', '-q', '-a', '-m', message])
}

Path root = basedir.toPath()
Path minor = root.resolve('minor')
['pom.xml', 'src', 'docs'].each { name ->
    Path from = root.resolve(name)
    Files.walk(from).each { Path source ->
        Path target = minor.resolve(root.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.createDirectories(target.parent)
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
history(basedir, 'Raise the refer band')
history(minor.toFile(), 'Round the refer band [minor-change]')
return true
