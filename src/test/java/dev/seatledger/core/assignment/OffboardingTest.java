package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OffboardingTest {
    private TestDatabase db;
    private AppServices s;
    private SeatFixtures f;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        f = new SeatFixtures(s);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void offboardRevokesEverySeatAndMarksThePerson() {
        long a = f.license(5);
        long b = f.license(5);
        long c = f.license(5);
        long ana = f.person("Ana");
        long ben = f.person("Ben");
        s.assignments().assign(a, ana, AssignmentDraft.EMPTY);
        s.assignments().assign(b, ana, AssignmentDraft.EMPTY);
        s.assignments().assign(c, ben, AssignmentDraft.EMPTY);

        OffboardResult r = s.assignments().offboard(ana);

        assertThat(r.freedLicenses()).hasSize(2);
        assertThat(s.personQuery().get(ana).status()).isEqualTo(PersonStatus.OFFBOARDED);
        assertThat(s.personQuery().get(ana).activeSeats()).isZero();
        assertThat(s.seats().summary(a).recordedUsed()).isZero();
        assertThat(s.seats().summary(b).recordedUsed()).isZero();
        assertThat(s.seats().summary(c).recordedUsed()).isEqualTo(1);
        assertThat(s.seats().seatsOf(ana)).hasSize(2).allSatisfy(row -> {
            assertThat(row.active()).isFalse();
            assertThat(row.reason()).isEqualTo(RevokeReason.OFFBOARDING);
        });
    }

    @Test
    void aFailureMidwayChangesNothing() {
        long a = f.license(5);
        long b = f.license(5);
        long c = f.license(5);
        long ana = f.person("Ana");
        for (long lic : new long[] {a, b, c}) {
            s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);
        }
        AtomicInteger calls = new AtomicInteger();
        AssignmentService failing = new AssignmentService(s.tx(), db.fixedClock(), () -> "tester", revoked -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(() -> failing.offboard(ana)).hasMessage("disk full");

        assertThat(s.personQuery().get(ana).status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(s.personQuery().get(ana).activeSeats()).isEqualTo(3);
        for (long lic : new long[] {a, b, c}) {
            assertThat(s.seats().summary(lic).recordedUsed()).isEqualTo(1);
            assertThat(s.seats().summary(lic).tracked()).isEqualTo(1);
        }
    }
}
