// Each release's bundle carries what it measured; the next version's site draws both releases and itself.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3
runs.each { assert it.contains('BUILD SUCCESS') }
def bundle = new JsonSlurper().parse(new File(basedir, 'releases/1.0/target/aims/aims-bundle.json'))
assert bundle.measurements.find { it.key == 'Objective/OBJ-fair-approvals/approval-rate-ratio' }.value == 0.86

def page = new File(basedir, 'target/aims-site/measurements.html').text
def chart = page.substring(page.indexOf('<svg class="aims-chart aims-trend"'))
chart = chart.substring(0, chart.indexOf('</svg>'))
assert chart.contains('<title>1.0: 0.86</title>')
assert chart.contains('<title>1.1: 0.82</title>')
assert chart.contains('<title>this build: 0.81</title>')
assert chart.contains('class="aims-threshold"')
assert page.contains('Threshold min 0.8: 1.0 0.86, 1.1 0.82, this build 0.81.')
assert new File(basedir, 'target/aims-site/index.html').text.contains('Metrics failing')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
