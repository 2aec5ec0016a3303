import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

// Release 1.0: both files written, attached and installed with classifier aims.
assert log.contains("AIMS manifest and bundle attached with classifier 'aims'")
def installed = new File(localRepositoryPath, 'it/aims/manifest-diff/1.0')
def bundle = new File(installed, 'manifest-diff-1.0-aims.bundle.json')
def manifestFile = new File(installed, 'manifest-diff-1.0-aims.manifest.json')
assert bundle.isFile() && manifestFile.isFile()

def manifest = new JsonSlurper().parse(manifestFile)
assert manifest.format == 'aims-manifest/1'
assert manifest.project == 'it.aims:manifest-diff' && manifest.version == '1.0'
assert manifest.date == '2026-11-01T00:00:00Z'
assert manifest.git.commit != null
def risksInput = manifest.inputs.find { it.path == 'src/main/aims/risks.yaml' }
assert risksInput.sha256 == sha256(new File(basedir, 'src/main/aims/risks.yaml'))
def evidenceInput = manifest.inputs.find { it.path == 'docs/evidence.md' }
assert evidenceInput : 'file evidence is hashed'
assert evidenceInput.sha256 == sha256(new File(basedir, 'docs/evidence.md'))
assert manifest.check.errors == 0 && manifest.check.rules.size() == 28
def bundleOutput = manifest.outputs.find { it.path == 'target/aims/aims-bundle.json' }
assert bundleOutput.sha256 == sha256(bundle)
assert manifest.outputs.find { it.path == 'target/aims/check/aims-check.sarif' }

def records = new JsonSlurper().parse(bundle).records
assert records.find { it.kind == 'Risk' && it.id == 'R-1' }.content.residual.likelihood == 2
assert records.count { it.kind == 'Control' } == 38

// Then the diff against the installed 1.0 bundle.
assert log.contains('AIMS changes since version 1.0: 1 added, 0 removed, 2 changed')
assert log.contains('[INFO]   ~ Control A.2.2: applicable, implemented → applicable, partial; fields status')
assert log.contains('[INFO]   ~ Risk R-1: residual likelihood 2 severity 2 → likelihood 3 severity 3; fields residual')
assert log.contains('[INFO]   + Risk R-3: inherent likelihood 4 severity 4, residual likelihood 3 severity 3')
def diff = new JsonSlurper().parse(new File(basedir, 'target/aims/aims-diff.json'))
assert diff.against == 'version 1.0'
assert diff.differences.size() == 3
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
