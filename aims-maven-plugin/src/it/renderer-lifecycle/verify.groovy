def log = new File(basedir, 'build.log').text
def guard = evaluate(new File(basedir, '../../../src/it/guard.groovy'))

// Each build started its own renderer JVM, once.
def started = (log =~ /Asciidoctor started in \d+ ms in the background, \d+ ms waited for \(once per build; boots in this JVM: 1\), in a renderer JVM \(pid \d+/).size()
assert started == 2 : "renderer JVMs reported: ${started}"
assert (log =~ /BUILD SUCCESS/).size() == 1
assert log.contains('AIMS site built, but the check found')
// The third build's renderer had 1 s to boot: the goal failed, naming the renderer and the setting.
assert log =~ /the AIMS renderer JVM \(pid \d+\) did not answer within 1 s \(aims\.rendererTimeout\) and was stopped/
guard.failedWith(log, ['MojoFailureException', 'MojoExecutionException'])

// No renderer of these builds is left running, after the passing build, the failing one or the stopped one.
def marker = 'aims.renderer.owner='
def mine = ProcessHandle.allProcesses().findAll { process ->
    def line = process.info().commandLine().orElse('')
    line.contains(marker) && line.contains(basedir.name)
}
assert mine.isEmpty() : "renderer JVMs left running: ${mine.collect { it.pid() + ' ' + it.info().commandLine().orElse('') }}"
return true
