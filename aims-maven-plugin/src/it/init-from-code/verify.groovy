// aims:init on a compiled LangChain4j project proposes one system per package that uses AI, with its models and
// code, not one system per SDK jar.
def log = new File(basedir, 'build.log').text
def systems = new File(basedir, 'src/main/aims/systems.yaml').text
assert log =~ /\[INFO\] AIMS init: inventory proposed from \d+ AI use sites in 4 classes/
def ids = (systems =~ /(?m)^id: (\S+)$/).collect { it[1] }
assert ids == ['media', 'safety', 'search', 'support'] : 'systems proposed: ' + ids
[
    ['support', 'com.acme.support', 'gpt-4o-mini-2024-07-18'],
    ['search', 'com.acme.search', 'text-embedding-3-small'],
    ['media', 'com.acme.media', 'dall-e-3'],
    ['safety', 'com.acme.safety', 'omni-moderation-2024-09-26'],
].each { id, pkg, model ->
    def block = systems.split(/\n---\n/).find { it.contains('\nid: ' + id + '\n') }
    assert block.contains('    - ' + pkg + '\n') : id + ' code'
    assert block.contains('  - name: "' + model + '"') : id + ' model'
    assert block.contains('    - "dev.langchain4j:langchain4j-open-ai"') : id + ' dependency'
}
assert systems.contains('name: "Search (embedding)"')
assert !systems.contains('based system') : 'no system per SDK jar'
assert log =~ /\[INFO\] AIMS records valid: 4 files, \d+ records/
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
