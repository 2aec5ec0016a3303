import java.nio.file.Files
import java.nio.file.Path

// Each version's build has the same records and its own evaluation, as its tests would have written it. The
// releases' POMs are this (filtered) POM with their version, without the site.
Path base = basedir.toPath()
String pom = Files.readString(base.resolve('pom.xml'))
def evaluation = { Path module, String ratio ->
    Files.createDirectories(module.resolve('target/aims-metrics'))
    Files.writeString(module.resolve('target/aims-metrics/scorecard-evaluation.json'),
            '{ "approvalRateRatio": ' + ratio + ', "auc": 0.7 }\n')
}
['1.0': '0.86', '1.1': '0.82'].each { version, ratio ->
    Path module = base.resolve('releases').resolve(version)
    Files.createDirectories(module)
    Files.writeString(module.resolve('pom.xml'), pom.replace('<version>1.2</version>', '<version>' + version + '</version>')
            .replace('<goal>site</goal>', ''))
    ['src/main/aims', 'docs'].each { folder ->
        Path from = base.resolve(folder)
        Files.walk(from).each { Path source ->
            Path target = module.resolve(folder).resolve(from.relativize(source).toString())
            if (Files.isDirectory(source)) {
                Files.createDirectories(target)
            } else {
                Files.copy(source, target)
            }
        }
    }
    evaluation(module, ratio)
}
evaluation(base, '0.81')
return true
