package com.acme.ai;

import com.microsoft.semantickernel.orchestration.PromptExecutionSettings;
import dev.langchain4j.service.spring.AiService;

@AiService
public interface SpringAssistant {
    String chat(String question);

    static PromptExecutionSettings settings() {
        return PromptExecutionSettings.builder().withModelId("gpt-4o-2024-08-06").build();
    }
}
