// The guard of the failing-build tests (../guard.groovy) must fail on a build that does throw: it is run here
// against canned logs in Maven 3.9's format (logs/), and must accept the good one and reject every other.
// Read before this script prints into it.
def ownLog = new File(basedir, 'build.log').text
def guard = evaluate(new File(basedir, '../../../src/it/guard.groovy'))
def canned = { String name -> new File(basedir, 'logs/' + name).text }
def rejects = { Closure check ->
    try {
        check()
        return false
    } catch (AssertionError expected) {
        println 'guard rejected as it should: ' + expected.message.readLines()[0]
        return true
    }
}

// Positive controls: a real failure on bad records (MojoFailureException, -e) and a configuration fault.
assert guard.failedWith(canned('failure-with-e.log'), 'MojoFailureException')
assert guard.failedWith(canned('execution-with-e.log'), 'MojoExecutionException')
assert guard.failedWith(canned('failure-with-e.log') + canned('execution-with-e.log'),
        ['MojoFailureException', 'MojoExecutionException'])
assert guard.noCrash(canned('failure-with-e.log'))
// Lines of -Xlog:class+load name exception classes as the JVM loads them; they are not failures, the rest still is.
def classLoad = '[0.032s][info][class,load] java.lang.NullPointerException source: shared objects file'
assert guard.noCrash(classLoad)
assert rejects { guard.noCrash(classLoad + '\nCaused by: java.lang.NullPointerException') }

// A RuntimeException that escaped a mojo, with and without -e, whatever kind was expected.
['MojoFailureException', 'MojoExecutionException'].each { kind ->
    assert rejects { guard.failedWith(canned('npe-without-e.log'), kind) }
    assert rejects { guard.failedWith(canned('npe-with-e.log'), kind) }
}
assert rejects { guard.noCrash(canned('npe-without-e.log')) }
assert rejects { guard.noCrash(canned('npe-with-e.log')) }
// Each sign of it on its own: "Execution ... failed" with any message, the wrapper's name, a JDK exception.
assert rejects { guard.noCrash('[ERROR] Failed to execute goal g:a:1:site (default) on project app: Execution default of goal g:a:1:site failed: no template -> [Help 1]') }
assert rejects { guard.noCrash('Caused by: org.apache.maven.plugin.PluginExecutionException: boom') }
assert rejects { guard.noCrash('Caused by: java.lang.NullPointerException') }
assert rejects { guard.noCrash('Caused by: java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3') }
assert rejects { guard.noCrash('Caused by: java.util.ConcurrentModificationException') }
// The wrong kind of failure, both ways.
assert rejects { guard.failedWith(canned('execution-with-e.log'), 'MojoFailureException') }
assert rejects { guard.failedWith(canned('failure-with-e.log'), 'MojoExecutionException') }
assert rejects { guard.failedWith(canned('failure-with-e.log') + canned('execution-with-e.log'), 'MojoFailureException') }
// A failing build run without -e: its kind cannot be read, so the guard refuses to pass it.
assert rejects { guard.failedWith(canned('failure-without-e.log'), 'MojoFailureException') }
// A build that did not fail at all.
assert rejects { guard.failedWith('[INFO] BUILD SUCCESS', 'MojoFailureException') }
// One finding is printed once in an execution; the same finding in another execution (or invocation) is no repeat.
def finding = "[ERROR] src/main/resources/application.properties:3:1: [AISystem chat] resources/application.properties:3 calls model gpt-4.1 (langchain4j.open-ai.chat-model.model-name, LangChain4j); chat declares gpt-4o; fix: declare the model (model-declared)"
def execution = { goal -> "[INFO] --- aims:0.1.0-SNAPSHOT:${goal} (default-cli) @ app ---" }
assert guard.noCrash([execution('validate'), finding, execution('check'), finding].join('\n'))
assert guard.noCrash(['[INFO] Scanning for projects...', execution('check'), finding, '[INFO] Scanning for projects...',
        '[INFO] --- resources:3.3.1:resources (default-resources) @ app ---', '[ERROR] ', '[ERROR] ',
        execution('check'), finding].join('\n'))
assert rejects { guard.noCrash([execution('check'), finding, '[INFO] AIMS check: 1 error', finding].join('\n')) }
assert rejects { guard.failedWith(canned('failure-with-e.log').replaceFirst(/(?m)^(\[ERROR\] \S+:\d+:\d+: .*)$/, '$1\n$1'),
        'MojoFailureException') }
assert rejects { guard.noCrash([execution('check'), finding.replace('[ERROR]', '[WARNING]'),
        finding.replace('[ERROR]', '[WARNING]')].join('\n')) }
// A parallel build interleaves its modules' lines: two modules may print the same relative path and message.
assert guard.noCrash(['[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4', execution('check'),
        finding, finding].join('\n'))

// This project's own build passed the guard, as any build should.
assert guard.noCrash(ownLog)
return true
