def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AIMS records valid: 6 files, 15 records: 1 Scope, 1 Policy, 1 RiskCriteria, 2 AISystem, 2 Risk, 2 ImpactAssessment, 4 Control, 1 TreatmentAction, 1 Evidence')
assert log.contains('BUILD SUCCESS')
// The class-load log is really there (so the next assertions can fail) ...
assert log.contains('io.github.aimsplugin.schema.AimsValidator')
assert log.contains('com.networknt.schema.Schema')
// ... and names no class of JRuby or AsciidoctorJ.
assert !log.contains('org.jruby.') : 'aims:validate loaded JRuby'
assert !log.contains('org.asciidoctor.') : 'aims:validate loaded AsciidoctorJ'
// No crash, and no finding printed twice in one execution (the shared guard, ../guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
