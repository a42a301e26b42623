package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The recovery of interrupted commits reaches H2's internal steps (an H2 upgrade that renames them fails here, not
 * silently after a crash) and leaves a database without one alone. {@code InterruptedCommitTest} kills processes
 * in their commits to check what it finishes.
 */
@AboutH2
class H2CommitRecoveryTest {
    @Test
    void h2HasTheStepsTheRecoveryCalls() {
        assertThat(H2CommitRecovery.available()).isTrue();
    }

    @Test
    void aCleanDatabaseHasNoCommitToFinish() {
        try (TestDatabase db = TestDatabase.h2()) {
            assertThat(H2CommitRecovery.finishInterruptedCommits(db.database().dataSource())).isZero();
            assertThat(db.services().telemetry().devices(1)).isEmpty();
        }
    }
}
