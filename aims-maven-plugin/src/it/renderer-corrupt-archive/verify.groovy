// Issue 22, item 6: a class-data archive corrupted past its header is not mapped again (it crashed the renderer on
// every build, leaving hs_err_pid*.log with the command line and environment in the project): the next build makes it
// again, and the cache holds each archive with the checksum it matches.
import java.util.zip.CRC32

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : 'three builds: ' + runs.size()

def corrupted = new File(basedir, 'corrupted.txt').readLines().findAll { it.trim() }
assert !corrupted.isEmpty() : 'the first build left no archive to corrupt'

def sha = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def fingerprint = { File file ->
    def crc = new CRC32()
    crc.update(file.bytes)
    file.length() + ' ' + Long.toHexString(crc.value)
}
// The archive of this plugin's jars was made again by the third build: it exists, differs from its corrupted bytes and
// matches its checksum. Archives of other keys (earlier builds of the plugin) are not this build's to repair: the
// next build that uses one checks it the same way.
def replaced = corrupted.findAll { line ->
    def (hash, path) = line.split(' ', 2)
    def archive = new File(path)
    def sum = new File(path + '.crc')
    archive.isFile() && sha(archive) != hash && sum.isFile() && sum.text.trim() == fingerprint(archive)
}
assert replaced.size() == 1 : "archives made again: ${replaced}; corrupted: ${corrupted}"
def cache = new File(corrupted[0].split(' ', 2)[1]).parentFile
def archives = cache.listFiles().findAll { it.name.endsWith('.jsa') }
assert archives.size() <= 3 : "archives in the cache: ${archives*.name}"

assert (runs[2] =~ /in a renderer JVM \(pid \d+, class-data archive made at its exit\)/).find() :
        'the third build did not make the archive again in its renderer JVM'
assert !runs[2].contains('ended unexpectedly') && !runs[2].contains("runs in the build's JVM instead")
assert !basedir.listFiles().any { it.name.startsWith('hs_err') || it.name ==~ /core(\.\d+)?/ } : 'a crash report in the project'
evaluate(new File(basedir, '../../../src/it/guard.groovy')).noCrash(log)
return true
