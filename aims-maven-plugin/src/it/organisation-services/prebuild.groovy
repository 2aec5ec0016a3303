import java.nio.file.Files
import java.nio.file.Path

// The governance repository holds the organisation's complete AIMS: the records of the check-passes project, with
// risk criteria of its own (4x4, so that a likelihood of 5, valid under the built-in 5x5, is not defined here).
// Releases 0.9 and 1.0 hold the same records.
Path source = basedir.toPath().resolve('../../../src/it/check-passes').normalize()
['src/main/aims', 'docs'].each { folder ->
    Path from = source.resolve(folder)
    Files.walk(from).each { Path file ->
        ['governance', 'governance-0.9'].each { project ->
            Path target = basedir.toPath().resolve(project).resolve(folder).resolve(from.relativize(file).toString())
            if (Files.isDirectory(file)) {
                Files.createDirectories(target)
            } else if (!Files.exists(target)) {
                Files.copy(file, target)
            }
        }
    }
}

// Bad input released into the repository by hand, as a broken or careless release would be: a bundle of another
// format as the organisation's, and two services that release the same system id (clash-b through a range).
Path repo = basedir.toPath().resolve('repo/it/aims/org')
def release = { String artifact, String version, String text ->
    Path folder = repo.resolve(artifact).resolve(version)
    Files.createDirectories(folder)
    Files.writeString(folder.resolve(artifact + '-' + version + '-aims.bundle.json'), text)
    Files.writeString(repo.resolve(artifact).resolve('maven-metadata.xml'), '<metadata><groupId>it.aims.org</groupId>'
            + '<artifactId>' + artifact + '</artifactId><versioning><release>' + version + '</release><versions><version>'
            + version + '</version></versions><lastUpdated>20261101000000</lastUpdated></versioning></metadata>\n')
}
release('wrong-format', '1.0', '{"format": "aims-bundle/9", "project": "it.aims.org:wrong-format", "records": []}\n')
['clash-a', 'clash-b'].each { service ->
    release(service, '1.0', groovy.json.JsonOutput.prettyPrint(groovy.json.JsonOutput.toJson([format: 'aims-bundle/2',
            project: 'it.aims.org:' + service, version: '1.0', records: [[kind: 'AISystem', id: 'shared-scorer',
            file: 'src/main/aims/systems.yaml', content: [kind: 'AISystem', id: 'shared-scorer',
            name: 'Scorer of ' + service, purpose: 'Scores applications.', owner: 'ml-lead',
            lifecycleStage: 'operation-and-monitoring', provenance: 'internal']]]])))
}
return true
