import java.nio.file.Files
import java.nio.file.Path

// The organisation project holds a complete AIMS of its own: the records of the check-passes project.
Path source = basedir.toPath().resolve('../../../src/it/check-passes').normalize()
['src/main/aims', 'docs'].each { folder ->
    Path from = source.resolve(folder)
    Files.walk(from).each { Path file ->
        Path target = basedir.toPath().resolve('org').resolve(folder).resolve(from.relativize(file).toString())
        if (Files.isDirectory(file)) {
            Files.createDirectories(target)
        } else if (!Files.exists(target)) {
            Files.copy(file, target)
        }
    }
}
return true
