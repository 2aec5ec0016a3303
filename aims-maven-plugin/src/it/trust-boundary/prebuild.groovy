import java.nio.file.Files
import java.nio.file.Path

// A complete AIMS to start from: the records of the check-passes project.
Path project = basedir.toPath()
Path source = project.resolve('../../../src/it/check-passes').normalize()
['src/main/aims', 'docs'].each { folder ->
    Path from = source.resolve(folder)
    Files.walk(from).each { Path file ->
        Path target = project.resolve(folder).resolve(from.relativize(file).toString())
        if (Files.isDirectory(file)) {
            Files.createDirectories(target)
        } else if (!Files.exists(target)) {
            Files.copy(file, target)
        }
    }
}

// Outside the project: a folder the hostile paths lead to.
Path outside = project.resolveSibling('trust-boundary-outside')
Files.createDirectories(outside.resolve('sub'))
Files.createDirectories(outside.resolve('aims'))
Files.createDirectories(outside.resolve('site'))
Files.writeString(outside.resolve('decoy.txt'), 'a file outside the project')
Files.copy(source.resolve('src/main/aims/context.yaml'), outside.resolve('aims/context.yaml'))

// docs/lnk/../decoy.txt: normalised it is docs/decoy.txt (inside), opened it is outside/decoy.txt.
Files.writeString(project.resolve('docs/decoy.txt'), 'the decoy inside')
Files.createSymbolicLink(project.resolve('docs/lnk'), outside.resolve('sub'))
// A named pipe: opening it would block the build for good.
assert new ProcessBuilder('mkfifo', project.resolve('docs/pipe.txt').toString()).start().waitFor() == 0
// A record folder and a site folder that are links out of the project and its build folder.
Files.createSymbolicLink(project.resolve('linked-aims'), outside.resolve('aims'))
Files.createDirectories(project.resolve('target'))
Files.createSymbolicLink(project.resolve('target/linked-site'), outside.resolve('site'))
return true
