// aims:init on a compiled LangChain4j project proposes one system per package that uses AI, with its models and
// code, not one system per SDK jar; a class of the unnamed package is governed by its source file; the models of the
// code and the configuration are declared; the check that follows finds no AI use outside the inventory and no
// undeclared model.
def log = new File(basedir, 'build.log').text
def systems = new File(basedir, 'src/main/aims/systems.yaml').text
assert log =~ /\[INFO\] AIMS init: inventory proposed from \d+ AI use sites in 5 classes/
def ids = (systems =~ /(?m)^id: (\S+)$/).collect { it[1] }
assert ids == ['bot', 'media', 'safety', 'search', 'support'] : 'systems proposed: ' + ids
[
    ['support', 'com.acme.support', 'gpt-4o-mini-2024-07-18'],
    ['search', 'com.acme.search', 'text-embedding-3-small'],
    ['media', 'com.acme.media', 'dall-e-3'],
    ['safety', 'com.acme.safety', 'omni-moderation-2024-09-26'],
    ['bot', 'src/main/java/Bot.java', 'gpt-4o'],
].each { id, code, model ->
    def block = systems.split(/\n---\n/).find { it.contains('\nid: ' + id + '\n') }
    assert block.contains('    - ' + code + '\n') : id + ' code'
    assert block.contains('  - name: "' + model + '"') : id + ' model'
    // The configured chat model is declared with every system that uses LangChain4j, as the check attributes it.
    assert block.contains('  - name: "gpt-4.1-2025-04-14"\n') : id + ' configured model'
    assert block.contains('    - "dev.langchain4j:langchain4j-open-ai"') : id + ' dependency'
}
assert systems.contains('name: "Search (embedding)"')
assert systems.contains('name: "Bot (chat)"')
assert systems =~ /  - name: "gpt-4o"   # a moving alias \(gpt-4o\)/
assert !systems.contains('- ""') && !systems.contains('name: " (') : 'the unnamed package is named'
assert !systems.contains('based system') : 'no system per SDK jar'
assert log =~ /\[INFO\] AIMS records valid: 4 files, \d+ records/

// The check after init: the open work fails it, the inventory does not.
assert log =~ /AIMS check failed: \d+ errors/
assert !log.contains('(ai-use-in-inventory)') : 'every use site is governed by the scaffold'
assert !log.contains('(model-declared)') : 'every model found is declared by the scaffold'
assert log.contains('(model-pinned)') : 'gpt-4o is still reported as a moving alias'
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
