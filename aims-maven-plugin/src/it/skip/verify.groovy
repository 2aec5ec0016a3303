def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping AIMS validate: aims.skip is true')
assert !log.contains('treatment.option')
assert log.contains('BUILD SUCCESS')
return true
