// The sources hold secrets: a .env with AWS keys, a JSON file with an OpenAI key as a value and as a bare token, and
// a CSV whose 20,000-column header carries the AWS secret. Written here so that no secret-shaped file is committed.
def secrets = evaluate(new File(basedir, 'secrets.groovy'))
new File(basedir, '.env').text = "AWS_ACCESS_KEY_ID=${secrets.awsKey}\nAWS_SECRET_ACCESS_KEY=${secrets.awsSecret}\n"
def reports = new File(basedir, 'reports')
reports.mkdirs()
new File(reports, 'eval.json').text = "{\"apiKey\": \"${secrets.openAi}\"}"
new File(reports, 'broken.json').text = "{\"auc\": ${secrets.openAi}}"
def header = new StringBuilder('cohort')
(1..19_999).each { header.append(',c').append(it).append('_').append(secrets.awsSecret.substring(0, 12)) }
new File(reports, 'wide.csv').text = header.toString() + '\n' + (['1'] * 20_000).join(',') + '\n'
return true
