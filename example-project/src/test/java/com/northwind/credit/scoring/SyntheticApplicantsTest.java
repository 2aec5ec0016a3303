package com.northwind.credit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyntheticApplicantsTest {

    @Test
    void theCommittedDatasetIsWhatTheGeneratorDraws() throws Exception {
        try (InputStream in = SyntheticApplicants.class.getResourceAsStream(SyntheticApplicants.RESOURCE)) {
            assertThat(in).as("committed dataset").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SyntheticApplicants.generate());
        }
    }

    @Test
    void aFewThousandApplicantsInTwoCohorts() throws Exception {
        assertThat(SyntheticApplicants.load()).hasSize(3500)
                .extracting(SyntheticApplicants.Applicant::cohort).containsOnly("validation", "2026-10");
    }
}
