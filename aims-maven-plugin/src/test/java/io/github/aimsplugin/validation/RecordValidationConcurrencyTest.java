package io.github.aimsplugin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.schema.Problem;
import io.github.aimsplugin.schema.ValidationResult;
import java.io.File;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The plugin is declared threadSafe: one shared RecordValidation serves every module of a parallel build. Many
 * threads validating two different projects at once must each get exactly the single-threaded answer.
 */
class RecordValidationConcurrencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void sharedInstanceGivesTheSameAnswersUnderConcurrency() throws Exception {
        RecordValidation shared = new RecordValidation();
        File valid = project("valid");
        File broken = project("broken");
        String expectedValid = describe(shared.validate(valid, List.of(new File(valid, "src/main/aims")), TODAY, 1 << 22));
        String expectedBroken = describe(shared.validate(broken, List.of(new File(broken, "src/main/aims")), TODAY, 1 << 22));
        assertThat(expectedValid).startsWith("valid");
        assertThat(expectedBroken).contains("(unknown-role)");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                File dir = i % 2 == 0 ? valid : broken;
                String expected = i % 2 == 0 ? expectedValid : expectedBroken;
                tasks.add(() -> new String[] {expected,
                        describe(shared.validate(dir, List.of(new File(dir, "src/main/aims")), TODAY, 1 << 22))});
            }
            for (Future<String[]> result : pool.invokeAll(tasks)) {
                String[] pair = result.get();
                assertThat(pair[1]).isEqualTo(pair[0]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(ValidationResult result) {
        if (result.isValid()) {
            return "valid " + ValidationReport.summary(result);
        }
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    private static File project(String name) throws URISyntaxException {
        return new File(RecordValidationConcurrencyTest.class.getResource("/unit/" + name).toURI());
    }
}
