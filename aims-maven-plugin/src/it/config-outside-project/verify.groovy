def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal .*:validate .*: source directory .*elsewhere lies outside the project directory/
// Failed as the README promises, with no RuntimeException reaching the user (see guard.groovy).
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoExecutionException')
return true
