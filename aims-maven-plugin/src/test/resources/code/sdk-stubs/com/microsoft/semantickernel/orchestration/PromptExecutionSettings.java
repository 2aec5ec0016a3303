package com.microsoft.semantickernel.orchestration;

public class PromptExecutionSettings {
    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {
        public Builder withModelId(String modelId) {
            return this;
        }

        public PromptExecutionSettings build() {
            return new PromptExecutionSettings();
        }
    }
}
