// aims:init on code as current Java AI applications write it (issue #23): the scaffold validates, governs every
// package that uses AI and the unnamed package's class, and declares every model of the code and the configuration;
// the check after it reports no AI use outside the inventory and no undeclared model; gpt-4o is a moving alias and
// text-embedding-3-small is not; a model switched in configuration afterwards fails model-declared at its line.
def log = new File(basedir, 'build.log').text
def systems = new File(basedir, 'app/src/main/aims/systems.yaml').text
assert log =~ /\[INFO\] AIMS records valid: \d+ files, \d+ records/ : 'the scaffold validates'
assert systems.contains('    - com.acme.chat\n') && systems.contains('    - com.acme.tools\n')
assert systems.contains('    - src/main/java/Bot.java\n') : 'the unnamed package is governed by its source file'
assert !systems.contains('- ""') && !systems.contains('name: " (') : 'no empty code entry or name'
['gemini-2.0-flash-001', 'gemini-1.5-pro-002', 'gpt-4o', 'text-embedding-3-small', 'gpt-4o-mini-2024-07-18',
 'gpt-4.1-nano-2025-04-14'].each { model ->
    assert systems.contains('  - name: "' + model + '"') : model + ' declared\n' + systems
}
assert systems =~ /  - name: "gpt-4o"   # a moving alias \(gpt-4o\)/
assert !(systems =~ /"text-embedding-3-small"\s+# a moving alias/) : 'text-embedding-3-small has no dated version'

def checks = log.split(/\[INFO\] --- aims:[^:]+:check /)
assert checks.size() == 3 : 'two checks ran'
def afterInit = checks[1]
def switched = checks[2]
assert afterInit =~ /AIMS check failed: \d+ errors/
assert !afterInit.contains('(ai-use-in-inventory)') : 'every use site is governed by the scaffold'
assert !afterInit.contains('(model-declared)') : 'every model found is declared by the scaffold'
assert afterInit.readLines().any { it.contains('[Model gpt-4o]') && it.endsWith('(model-pinned)') } : 'gpt-4o moves'
assert !afterInit.readLines().any { it.contains('text-embedding-3-small') && it.endsWith('(model-pinned)') }
assert switched.readLines().any { it.startsWith('[ERROR] src/switched/resources/application-prod.properties:1:') \
        && it.contains('gpt-4.1-2025-04-14') && it.endsWith('(model-declared)') } : switched
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
