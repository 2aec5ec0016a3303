package io.github.aimsplugin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

    @Test
    void pluralsReadNaturally() {
        assertThat(ValidationReport.plural(1, "problem")).isEqualTo("1 problem");
        assertThat(ValidationReport.plural(0, "file")).isEqualTo("0 files");
        assertThat(ValidationReport.plural(38, "record")).isEqualTo("38 records");
    }
}
