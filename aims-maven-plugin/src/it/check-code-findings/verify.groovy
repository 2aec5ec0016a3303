// The AI use scan read the compiled classes (Java and Kotlin) and failed each finding at its source line.
def log = new File(basedir, 'build.log').text
def expected = [
    // A new AI use case, in Java: a package no AISystem lists.
    'src/main/java/com/acme/summary/Summarizer.java:14:1: [Code com.acme.summary.Summarizer] com.acme.summary.Summarizer uses LangChain4j chat (ChatModel.chat in summarize, ',
    // The same in Kotlin, found in its class file and mapped to the .kt source.
    'src/main/kotlin/com/acme/insight/Insight.kt:10:1: [Code com.acme.insight.Insight] com.acme.insight.Insight uses LangChain4j chat (ChatModel.chat in explain, ',
    // The model switched in the code only.
    'src/main/java/com/acme/chat/Switched.java:11:1: [AISystem chat] chat/Switched.java:11 calls model gpt-4.1-2025-04-14 ("gpt-4.1-2025-04-14", LangChain4j); chat declares gpt-4o-mini; fix: declare the model in chat\'s models (or as an alias of one), and re-assess the system if the model changed (model-declared)',
    // A key in the code, masked.
    'src/main/java/com/acme/chat/Keyed.java:10:1: [Code com.acme.chat.Keyed] com.acme.chat.Keyed holds what looks like a OpenAI API key (sk-****… (40 characters)); fix: remove the key from the code',
]
expected.each { line -> assert log.contains('[ERROR] ' + line) : 'missing violation line: ' + line }
assert log.contains('AIMS check failed: 4 errors, 0 warnings')
// The declared use with its declared (aliased) model passes; the key is never printed or written.
assert !log.contains('Bot.java') : 'the declared use was reported'
def key = 'Qm4nB7vX2cZ9lK5jH8gF3dS6aP1oI0uY'
assert !log.contains(key) : 'the key reached the build log'
new File(basedir, 'target/aims/check').eachFile { report -> assert !report.text.contains(key) : 'the key reached ' + report }
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
assert log.contains('io.github.aimsplugin.code.ClassScanner')
assert !log.contains('org.jruby.') : 'aims:check loaded JRuby'
assert !log.contains('org.asciidoctor.') : 'aims:check loaded AsciidoctorJ'
return true
