package io.quarkiverse.langchain4j;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface RegisterAiService {
    String modelName() default "<default>";
}
