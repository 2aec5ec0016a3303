import java.nio.file.Files
import java.nio.file.Path

def log = new File(basedir, 'build.log').text
// Three parallel builds, each: every module checked and its site built, with one Asciidoctor boot per build JVM.
assert (log =~ /BUILD SUCCESS/).size() == 4
assert (log =~ /\[INFO\] AIMS check passed: 0 errors, 0 warnings/).size() == 9
assert (log =~ /pages converted to HTML/).size() == 9
assert (log =~ /Asciidoctor started in \d+ ms/).size() == 3 : 'one boot per build, shared by the three modules'
assert !(log =~ /boots in this JVM: [2-9]/)
// ... in one renderer JVM per build (aims.renderer=fork by default), none of them left running after the build.
assert (log =~ /Asciidoctor started in \d+ ms in the background, \d+ ms waited for \(once per build; boots in this JVM: 1\), in a renderer JVM \(pid \d+/).size() == 3
def renderers = ProcessHandle.allProcesses().findAll { process ->
    def line = process.info().commandLine().orElse('')
    line.contains('aims.renderer.owner=') && line.contains(basedir.name)
}
assert renderers.isEmpty() : "renderer JVMs left running: ${renderers.collect { it.pid() }}"
assert !log.contains('Exception')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
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

// Same inputs, same bytes, across build JVMs (each Maven invocation is a new JVM, with its own Set.of/Map.of
// iteration order and identity hashes): every AIMS output of the second build (copied to stash/) equals the
// third build's, byte for byte, in both directions (no file missing or added on either side).
def tree = { Path root ->
    Files.walk(root).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }.collect { root.relativize(it).toString().replace('\\', '/') }.sort()
    }
}
def expected = ['aims/aims-bundle.json', 'aims/aims-manifest.json', 'aims/aims-oscal-component-definition.json',
                'aims/aims-mlbom.cdx.json', 'aims/check/aims-check.json', 'aims/check/aims-check.sarif',
                'aims/check/TEST-aims-check.xml', 'aims-site/index.html', 'aims-site/soa.html',
                'aims-site/adoc/index.adoc', 'aims-site/adoc/risk-R-1.adoc', 'aims-site/risk-R-1.html']
def compared = 0
['alpha', 'beta', 'gamma'].each { module ->
    Path before = basedir.toPath().resolve(module + '/stash')
    Path after = basedir.toPath().resolve(module + '/target')
    def outputs = tree(after).findAll { it.startsWith('aims/') || it.startsWith('aims-site/') }
    def stashed = tree(before)
    expected.each { assert outputs.contains(it) : "${module}: no ${it}" }
    if (module == 'beta') {
        ['aims-site/aims-audit-pack.pdf', 'aims-site/exports/aims-oscal-component-definition.json',
         'aims-site/exports/aims-mlbom.cdx.json'].each { assert outputs.contains(it) : "beta: no ${it}" }
    }
    assert stashed == outputs : "${module}: only in the second build ${stashed - outputs}, only in the third ${outputs - stashed}"
    outputs.each { file ->
        assert Files.mismatch(before.resolve(file), after.resolve(file)) == -1L : "${module}/${file} differs between two builds"
        compared++
    }
}
assert compared > 3 * 40 : "only ${compared} files compared"
return true
