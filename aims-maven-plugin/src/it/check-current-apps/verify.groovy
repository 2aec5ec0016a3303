// Code as current Java AI applications write it is read: each use site and model is found and checked.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] app/src/') || it.startsWith('[ERROR] src/') }
def expected = [
    // Spring AI 2.0's flattened key, attributed to the system whose code has the @Tool class (its only Spring AI use).
    'resources/application.properties:1 calls model gpt-4.1-2025-04-14 (spring.ai.openai.chat.model, Spring AI); scorer declares gpt-4o-2024-08-06',
    // A Quarkus named model, attributed to the system with the @RegisterAiService interface.
    'resources/application.properties:3 calls model gpt-4.1-nano-2025-04-14 (quarkus.langchain4j.openai."fast".chat-model.model-name, Quarkus LangChain4j); chat declares gemini-2.0-flash-001, gpt-4o-mini',
    // The model switched in a three-argument call.
    'chat/Ask.java:14 calls model gemini-2.5-pro ("gemini-2.5-pro", Google GenAI and Vertex AI); chat declares gemini-2.0-flash-001, gpt-4o-mini',
]
expected.each { text -> assert errors.any { it.contains(text) && it.endsWith('(model-declared)') } : 'missing: ' + text + '\n' + errors.join('\n') }
assert errors.findAll { it.endsWith('(model-declared)') }.size() == 3 : errors.join('\n')
// The declared call and the %prod. key (an alias of a declared model) pass; nothing is outside the inventory.
assert !errors.any { it.contains('Ask.java:10') } : errors.join('\n')
assert !errors.any { it.contains('gpt-4o-mini-2024-07-18') } : errors.join('\n')
assert !errors.any { it.endsWith('(ai-use-in-inventory)') } : errors.join('\n')
evaluate(new File(basedir, '../../../src/it/guard.groovy')).failedWith(log, 'MojoFailureException')
return true
