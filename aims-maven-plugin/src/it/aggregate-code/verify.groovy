// aims:aggregate scanned each module's classes and attributed them with that module's records.
def log = new File(basedir, 'build.log').text
assert (log =~ /AIMS aggregate over 3 module\(s\) and 0 released bundle\(s\): chat, other, report/).size() == 2
// The same package as the chat system's code, in a module whose records do not cover it: fails at its line.
def outside = log.readLines().find { it.contains('[Code com.acme.chat.Helper]') }
assert outside != null : 'the use in the other module was not reported'
assert outside.startsWith('[ERROR] other/src/main/java/com/acme/chat/Helper.java:8:1: [Code com.acme.chat.Helper] com.acme.chat.Helper uses LangChain4j chat') : outside
assert outside.endsWith('(ai-use-in-inventory)') : outside
// Run 2: the chat module's own use is its system's: not reported, and on the system's page with its module path.
assert !log.readLines().any { it.startsWith('[ERROR]') && it.contains('Bot.java') }
// aims.movingModels replaced the built-in list: the dated model of the chat module is a moving alias in this build.
def pinned = log.readLines().find { it.contains('(model-pinned)') }
assert pinned != null && pinned.startsWith('[WARNING] chat/src/main/java/com/acme/chat/Bot.java:') : pinned
assert pinned.contains('model gpt-4o-mini-2024-07-18 ("gpt-4o-mini-2024-07-18") is a moving alias (gpt-4o-mini-2024-*)') : pinned
assert log.contains('AIMS aggregate check failed: 1 error, 1 warning over 3 modules and bundles')
def chat = new File(basedir, 'report/target/aims-site/system-chat.html').text
assert chat.contains('chat/src/main/java/com/acme/chat/Bot.java:')
assert !chat.contains('Helper.java')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
// Run 1, the main classes not compiled: each module says so, never passes silently.
def rules = 'ai-use-in-inventory, model-declared, model-pinned, model-named, no-ai-credentials-in-code: '
assert log.contains(rules + 'no compiled classes in chat/target/classes: not scanned')
assert log.contains(rules + 'no compiled classes in other/target/classes: not scanned')
assert log.contains('AIMS aggregate check passed: 0 errors, 0 warnings over 3 modules and bundles')
return true
