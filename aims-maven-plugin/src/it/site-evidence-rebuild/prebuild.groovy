import java.nio.file.Files
import java.nio.file.Path

// The records of check-passes, with the evidence kept in evidence/ instead of docs/.
Path project = basedir.toPath()
Path source = project.resolve('../../../src/it/check-passes').normalize()
Path from = source.resolve('src/main/aims')
Files.walk(from).each { Path file ->
    Path target = project.resolve('src/main/aims').resolve(from.relativize(file).toString())
    if (Files.isDirectory(file)) {
        Files.createDirectories(target)
    } else if (!Files.exists(target)) {
        Files.copy(file, target)
    }
}
Path records = project.resolve('src/main/aims/evidence.yaml')
Files.writeString(records, Files.readString(records).replace('file: docs/evidence.md', 'file: evidence/report.md'))
Files.createDirectories(project.resolve('evidence'))
Files.writeString(project.resolve('evidence/report.md'), 'Signed by the board.')
return true
