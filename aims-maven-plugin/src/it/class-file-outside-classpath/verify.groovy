// Issue #22 item 3: a static-field owner with '..' in a scanned class cannot make the scan read a class file outside
// the classpath. The constant of outside/Secret.class appears in no output, and the model is reported as computed.
def log = new File(basedir, 'build.log').text
def leaked = 'Zq7Xw3Vb9Nm2'
assert new File(basedir, 'target/classes/com/acme/chat/Evil.class').isFile() : 'the crafted class was not copied'
assert log.contains('[INFO] AIMS check') : 'the check ran'
assert !log.contains(leaked) : 'the constant outside the classpath reached the build log'
def target = new File(basedir, 'target')
def read = 0
target.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    read++
    def bytes = file.bytes
    assert !new String(bytes, 'ISO-8859-1').contains(leaked) : 'the constant outside the classpath reached ' + file
    if (file.name.endsWith('.zip') || file.name.endsWith('.jar')) {
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes)).withCloseable { zip ->
            for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                assert !new String(zip.readAllBytes(), 'ISO-8859-1').contains(leaked) : 'reached ' + file + '!' + entry.name
            }
        }
    }
}
// The use site itself is found: the class uses LangChain4j, the model it names is not resolved.
def json = new groovy.json.JsonSlurper().parse(new File(target, 'aims/check/aims-check.json'))
assert json.code.useSites.any { it['class'] == 'com.acme.chat.Evil' } : 'the crafted class was scanned'
assert json.code.models.every { it.name == null } : 'a model name was resolved: ' + json.code.models
['aims-site/index.html', 'aims/check'].each { assert new File(target, it).exists() : 'no ' + it }
assert read > 20 : 'only ' + read + ' output files'
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
