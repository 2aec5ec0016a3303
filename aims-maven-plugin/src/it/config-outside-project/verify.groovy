def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal .*:validate .*: source directory .*elsewhere lies outside the project directory/
assert !(log =~ /(?m)^\s+at (io\.github\.aimsplugin|com\.networknt|com\.fasterxml|org\.yaml)\./) : 'a stack trace reached the build log'
assert !(log =~ /Failed to execute goal .*Exception/) : 'an exception reached the user'
return true
