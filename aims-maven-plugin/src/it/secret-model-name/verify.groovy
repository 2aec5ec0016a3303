// A key pasted where a model name goes (a builder argument, a configuration property) is shown nowhere: not in the
// log, not in any report, page, export or manifest under target/ (target/classes is the project's own build).
def log = new File(basedir, 'build.log').text
def middle = 'Wq8Rt5Yu2Io9Pa6Sd3Fg7Hj4Kl1Zx0Cv'
assert !log.contains(middle) : 'the key reached the build log'
// It is reported as a key, at the class's line and at the property's line.
assert log.contains('[ERROR] src/main/java/com/acme/chat/Bot.java:10:1: [Code com.acme.chat.Bot] com.acme.chat.Bot holds what looks like a OpenAI API key (sk-****… (40 characters))')
assert log.contains('[ERROR] src/main/resources/application.properties:2:1: [Code src/main/resources/application.properties] src/main/resources/application.properties holds what looks like a OpenAI API key (sk-****… (40 characters))')
// model-declared names it by its masked description only.
assert log.contains('calls model <OpenAI API key sk-****… (40 characters)>')
def target = new File(basedir, 'target')
def classes = new File(target, 'classes').canonicalPath
def read = 0
target.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.canonicalPath.startsWith(classes + File.separator)) {
        return
    }
    read++
    def bytes = file.bytes
    def text = new String(bytes, 'ISO-8859-1')
    assert !text.contains(middle) : 'the key reached ' + file
    if (file.name.endsWith('.zip') || file.name.endsWith('.jar')) {
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes)).withCloseable { zip ->
            for (def entry = zip.nextEntry; entry != null; entry = zip.nextEntry) {
                assert !new String(zip.readAllBytes(), 'ISO-8859-1').contains(middle) : 'the key reached ' + file + '!' + entry.name
            }
        }
    }
}
// The site, the reports, the export and the manifest were all written and read.
['aims-site/index.html', 'aims/check'].each { assert new File(target, it).exists() : 'no ' + it }
assert read > 20 : 'only ' + read + ' output files'
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
