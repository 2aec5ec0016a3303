import java.nio.file.Files
import java.nio.file.Path

// The root module gets the organisation-wide records of the check-passes project (scope, policy, SoA, audits).
Path source = basedir.toPath().resolve('../../../src/it/check-passes').normalize()
['context.yaml', 'performance.yaml', 'soa-1.yaml', 'soa-2.yaml', 'evidence.yaml'].each { name ->
    Path target = basedir.toPath().resolve('src/main/aims').resolve(name)
    Files.createDirectories(target.parent)
    if (!Files.exists(target)) {
        Files.copy(source.resolve('src/main/aims').resolve(name), target)
    }
}
Path evidence = basedir.toPath().resolve('docs/evidence.md')
Files.createDirectories(evidence.parent)
if (!Files.exists(evidence)) {
    Files.copy(source.resolve('docs/evidence.md'), evidence)
}
return true
