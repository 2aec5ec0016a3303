package io.github.aimsplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimsplugin.check.RuleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerAssignedRuleTest {

    private final OwnerAssignedRule rule = new OwnerAssignedRule();

    @Test
    void passingProjectHasNoViolation(@TempDir Path dir) {
        assertThat(RuleFixture.passing(dir).run(rule)).isEmpty();
    }

    @Test
    void fixtureViolatesTheRule(@TempDir Path dir) {
        assertThat(RuleFixture.failing("owner-assigned", dir).run(rule)).containsExactly(
                "src/main/aims/soa-2.yaml:128:1: [Control A.10.4] Control A.10.4 has no owner; fix: set owner to the id of a role declared under 'roles' of a Policy record (owner-assigned)");
    }
}
