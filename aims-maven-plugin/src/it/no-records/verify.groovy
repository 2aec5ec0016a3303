def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] No AIMS records found in src/main/aims; nothing to validate')
assert log.contains('BUILD SUCCESS')
return true
