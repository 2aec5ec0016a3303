// Issue 22, item 2: a metric bound to a secret (a .env key, a JSON value or token, a CSV header) is named as a
// problem without showing the secret, in the log and in every output: reports, bundle, manifest, exports, site pages.
def secrets = evaluate(new File(basedir, 'secrets.groovy'))
def log = new File(basedir, 'build.log').text

def problem = { String id -> log.readLines().find { it.contains("OBJ-fair-approvals: ${id}") } }
assert problem('access-key') != null : 'no message for the .env access key'
assert problem('access-key').contains("the value of key 'AWS_ACCESS_KEY_ID' is a value shaped like a key (AWS API key AKIA****")
assert problem('secret-key').contains("the value of key 'AWS_SECRET_ACCESS_KEY' is a text of 40 characters, not shown")
assert problem('openai').contains('shaped like a key (OpenAI API key sk-****')
assert problem('broken') =~ /reports\/broken\.json: line 1, column \d+: malformed JSON/
assert problem('wide').contains("reports/wide.csv: has no column 'auc' in its header (line 1, 20000 columns")
assert log.readLines().every { it.length() < 2_000 } : 'a log line repeats a header: ' + log.readLines().max { it.length() }.length()

def outputs = [new File(basedir, 'build.log')]
['target/aims', 'target/aims-site'].each { dir ->
    new File(basedir, dir).eachFileRecurse { file ->
        if (file.isFile() && (file.name =~ /\.(json|sarif|xml|html|adoc|txt|csv)$/)) {
            outputs << file
        }
    }
}
assert outputs.any { it.name == 'TEST-aims-check.xml' } && outputs.any { it.name == 'aims-bundle.json' }
assert outputs.any { it.name == 'measurements.html' } && outputs.any { it.name == 'aims-mlbom.cdx.json' }
def leaks = [secrets.awsKey, secrets.awsSecret, secrets.openAi, secrets.awsSecret.substring(0, 12),
             secrets.openAi.substring(8, 20)]
outputs.each { file ->
    def text = file.getText('UTF-8')
    leaks.each { secret -> assert !text.contains(secret) : "${file} shows a secret" }
}
assert new File(basedir, 'target/aims-site/measurements.html').text.contains('AKIA****')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
