def log = new File(basedir, 'build.log').text
def aims = new File(basedir, 'src/main/aims')

['context.yaml', 'risk-criteria.yaml', 'systems.yaml', 'statement-of-applicability.yaml'].each { name ->
    def file = new File(aims, name)
    assert file.isFile() : 'missing ' + name
    assert file.readLines()[0] == '# yaml-language-server: $schema=../../../.aims/schemas/v1/record.schema.json'
}
assert new File(basedir, '.aims/schemas/v1/record.schema.json').isFile()
assert new File(basedir, '.aims/schemas/v1/ai-system.schema.json').isFile()
assert log.contains('[INFO] AIMS init: wrote src/main/aims/systems.yaml')
assert log.contains('[INFO] AIMS init: kept existing src/main/aims/systems.yaml') : 'the second run overwrites nothing'

def systems = new File(aims, 'systems.yaml').text
assert systems.contains('id: langchain4j')
assert systems.contains('- "dev.langchain4j:langchain4j-open-ai"')
assert new File(aims, 'context.yaml').text.contains('organisation: "Acme Ltd"')
def soa = new File(aims, 'statement-of-applicability.yaml').text
assert (soa =~ /(?m)^#id: A\.\d+\.\d+(\.\d+)?/).size() == 38

// The scaffold validates, and the check lists the work left: 38 undecided controls, the system's risks and assessment.
assert log =~ /\[INFO\] AIMS records valid: 4 files, \d+ records/
// Each undecided control points at its commented block in the scaffolded SoA, where the editor should go.
def pointed = log =~ /\[ERROR\] src\/main\/aims\/statement-of-applicability.yaml:(\d+):1: \[Control A.2.2\] Annex A control A.2.2 .*fix: uncomment this block/
assert pointed.find()
assert soa.readLines()[(pointed.group(1) as int) - 1].startsWith('#id: A.2.2 ')
assert (log =~ /statement-of-applicability.yaml:\d+:1: \[Control A\./).size() == 38
assert (log =~ /has no decision in the Statement of Applicability/).size() == 38
assert log.contains('(system-risk-assessed)')
assert log.contains('(system-impact-assessed)')
assert !log.contains('(third-party-declared)') : 'the SDK is covered by the scaffolded system'
assert log =~ /AIMS check failed: \d+ errors/
// The failing check (run with -e) fails on the open work, never with a RuntimeException (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
