// The renderer is decided once per build, by the first module that configures it; the second module asked for
// another one and is told so: its name, the settings it asked for, and those in use.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warning = '[WARNING] AIMS site: module it.aims:second asks for aims.renderer=in-process, aims.rendererMaxHeap=1g,' +
        ' aims.rendererTimeout=900, aims.rendererJvms=1, but the renderer is decided once per build and module' +
        ' it.aims:first set it first: aims.renderer=fork, aims.rendererMaxHeap=768m, aims.rendererTimeout=900,' +
        ' aims.rendererJvms=1 is used'
assert log.contains(warning)
assert log.count('asks for aims.renderer') == 1 : 'only the module whose settings differ is told'
// One renderer for the build, in a renderer JVM (the first module's setting), which both sites used.
assert (log =~ /Asciidoctor started in \d+ ms in the background, \d+ ms waited for \(once per build; boots in this JVM: 1\), in a renderer JVM \(pid \d+/).size() == 1
assert (log =~ /pages converted to HTML/).size() == 2
['first', 'second'].each { module ->
    assert new File(basedir, module + '/target/aims-site/soa.html').isFile()
}
assert new File(basedir, 'first/target/aims-site/index.html').bytes == new File(basedir, 'second/target/aims-site/index.html').bytes
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
