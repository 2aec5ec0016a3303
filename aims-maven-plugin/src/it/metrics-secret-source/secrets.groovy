// The secret texts of this test (AWS's documented example keys and a made-up OpenAI-shaped key), assembled so that
// this file itself does not hold them whole.
[awsKey: 'AKIA' + 'IOSFODNN7EXAMPLE',
 awsSecret: 'wJalrXUtnFEMI' + '/K7MDENG/bPxRfiCYEXAMPLEKEY',
 openAi: 'sk-proj-' + 'Zq7Xw2Lm9Pt4Rv8Ns1Kd6Hb3Jf5Gc0Ya']
