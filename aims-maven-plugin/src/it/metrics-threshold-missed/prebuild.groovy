// What the project's evaluation test would write: a fair-approvals ratio below its threshold, an AUC above its own.
def metrics = new File(basedir, 'target/aims-metrics')
metrics.mkdirs()
new File(metrics, 'scorecard-evaluation.json').text = '{ "approvalRateRatio": 0.74, "auc": 0.71 }\n'
return true
