// The "no stack trace for bad input" guard, shared by every verify.groovy:
//
//   def guard = evaluate(new File(basedir, '../../../src/it/guard.groovy'))
//   guard.failedWith(log, 'MojoFailureException')     // a failing build, run with -e (invoker.goals = -e ...)
//   guard.noCrash(log)                                 // any build (and no finding printed twice)
//
// Bad records and rule violations must fail with MojoFailureException, configuration and I/O faults with
// MojoExecutionException (the Maven conventions the README promises). A RuntimeException escaping a mojo is a bug:
// Maven then reports "Execution <id> of goal <goal> failed: <message>" (a PluginExecutionException), with or
// without -e. Only -e prints the kind of exception, as the first "Caused by:" of the trace, so the failing builds
// are run with -e; a trace printed by -e for a MojoFailureException is expected, not a fault.
// The self-test is the invoker test guard-selftest: the guard must reject logs of builds that do throw.

/** What must never reach the log of a build, failing or not. */
def crashes = [
        (~/PluginExecutionException/)                                    : 'a PluginExecutionException (a RuntimeException escaped a mojo)',
        (~/Execution \S+ of goal \S+ failed/)                            : 'an "Execution ... failed" (a RuntimeException escaped a mojo)',
        (~/NullPointerException|Cannot invoke "[^"]*" because/)          : 'a NullPointerException',
        (~/ClassCastException|\w*IndexOutOfBoundsException/)            : 'a ClassCastException or IndexOutOfBoundsException',
        (~/ConcurrentModificationException|UnsupportedOperationException/): 'a ConcurrentModification- or UnsupportedOperationException',
        (~/NoSuchElementException|ArithmeticException/): 'an unchecked exception of the JDK',
        (~/StackOverflowError|OutOfMemoryError|NoClassDefFoundError|LinkageError/): 'a JVM error',
]

/**
 * One finding is printed once: no located [ERROR]/[WARNING] line (file:line:column: ..., as the plugin prints a
 * finding) appears twice within one plugin execution (from one "--- prefix:version:goal (id) @ module ---" line, or
 * "Scanning for projects...", to the next). The same finding in two executions (init then check, two invocations) is
 * not a repeat. A parallel build (-T) interleaves its modules' lines, so its executions cannot be told apart there.
 */
def noRepeatedFinding = { String log ->
    if (log.contains('Using the MultiThreadedBuilder')) {
        return true
    }
    def seen = new HashSet<String>()
    log.readLines().each { line ->
        if (line.startsWith('[INFO] --- ') || line == '[INFO] Scanning for projects...') {
            seen.clear()
        } else if (line =~ /^\[(ERROR|WARNING)\] [^\s:]+:\d+:\d+: \S/) {
            assert seen.add(line) : 'a finding printed twice in one execution: ' + line
        }
    }
    true
}

def noCrash = { String log ->
    // Builds that log every class the JVM loads (-Xlog:class+load, validate-complete and the check-* tests) name
    // exception classes as they load them; those lines are not failures.
    def relevant = log.readLines().findAll { !(it =~ /^\[[\d.]+s\]\[\w+\s*\]\[class,load/) }.join('\n')
    crashes.each { pattern, what ->
        def found = relevant =~ pattern
        assert !found.find() : "${what} reached the build log: " + found.group()
    }
    noRepeatedFinding(log)
    true
}

/**
 * Every failed goal in the log (one per failing invocation) failed with the expected kind of MojoException: kind is
 * one name for all of them, or a list with one name per failure in the order of the log.
 */
def failedWith = { String log, kinds ->
    List expected = kinds instanceof List ? kinds : [kinds]
    expected.each { assert it in ['MojoFailureException', 'MojoExecutionException'] : 'unknown failure kind ' + it }
    noCrash(log)
    def failures = (log =~ /(?m)^\[ERROR\] Failed to execute goal \S+ \(\S+\) on project \S+: /).size()
    assert failures > 0 : 'the build did not fail in a goal'
    // With -e, each failure is printed as a LifecycleExecutionException whose first cause is the mojo's exception.
    def causes = []
    def lines = log.readLines()
    lines.eachWithIndex { line, i ->
        if (line.startsWith('org.apache.maven.lifecycle.LifecycleExecutionException: ')) {
            def cause = lines.drop(i + 1).find { it.startsWith('Caused by: ') }
            causes << (cause == null ? 'no cause' : (cause =~ /^Caused by: ([\w.$]+)/)[0][1])
        }
    }
    assert causes.size() == failures : "${failures} failed goals, ${causes.size()} traces: run every failing build with -e (invoker.goals = -e ...)"
    def wanted = expected.size() == 1 ? [expected[0]] * failures : expected
    assert causes == wanted.collect { 'org.apache.maven.plugin.' + it } : "the goals failed with ${causes}, not ${wanted}"
    true
}

return [noCrash: noCrash, failedWith: failedWith, noRepeatedFinding: noRepeatedFinding]
