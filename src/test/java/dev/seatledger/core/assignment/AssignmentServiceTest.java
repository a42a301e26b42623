package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.License;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentServiceTest {
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

    private int used(long licenseId) {
        return s.seats().summary(licenseId).recordedUsed();
    }

    @Test
    void assigningTakesASeatAndRecordsWhoAndWhen() {
        long lic = f.license(3);
        long ana = f.person("Ana Lima");

        long id = s.assignments().assign(lic, ana, new AssignmentDraft("Admin", "ana@tenant", "onboarding"));

        SeatSummary sum = s.seats().summary(lic);
        assertThat(sum.recordedUsed()).isEqualTo(1);
        assertThat(sum.tracked()).isEqualTo(1);
        assertThat(sum.availabilityText()).isEqualTo("2 of 3 available");
        assertThat(s.seats().history(lic, 10)).singleElement().satisfies(h -> {
            assertThat(h.assignmentId()).isEqualTo(id);
            assertThat(h.assignedBy()).isEqualTo("tester");
            assertThat(h.assignedAt()).isEqualTo(TestDatabase.NOW);
        });
    }

    @Test
    void theSeatKeepsTheDraftAndItsHolderAndTheRevokeKeepsWhoAndWhy() {
        long lic = f.license(3);
        long ana = f.person("Ana Lima");

        long id = s.assignments().assign(lic, ana, new AssignmentDraft(" Admin ", "ana@tenant", "onboarding"));

        assertThat(seatRow(id)).containsExactly("Admin", "ana@tenant", "onboarding", "ana lima", "ACTIVE", "Engineering",
            "ana.lima1@example.com", ana, null, null, null);
        assertThat(s.holders().page(lic, HolderFilter.all(), 0, 10)).singleElement()
            .satisfies(h -> assertThat(h.email()).isEqualTo("ana.lima1@example.com"));

        db.clock().advance(java.time.Duration.ofHours(2));
        s.assignments().revoke(id, RevokeReason.OFFBOARDING);

        assertThat(seatRow(id)).containsExactly("Admin", "ana@tenant", "onboarding", "ana lima", "ACTIVE", "Engineering",
            "ana.lima1@example.com", null, "tester", "OFFBOARDING", TestDatabase.NOW.plus(java.time.Duration.ofHours(2)));
        assertThat(s.history().of(SubjectType.LICENSE, lic, 10)).extracting(HistoryRow::summary)
            .startsWith("Seat of Ana Lima revoked (Offboarding)", "Seat assigned to Ana Lima");
        assertThat(s.history().of(SubjectType.PERSON, ana, 10)).extracting(HistoryRow::summary)
            .startsWith("Seat of Microsoft 365 revoked (Offboarding)", "Seat of Microsoft 365");
        assertThatThrownBy(() -> s.assignments().revoke(id, RevokeReason.MANUAL)).hasMessage("This seat was already revoked");
        assertThat(used(lic)).isZero();
    }

    @Test
    void archivedOrMissingLicensesPeopleAndSeatsRefuseWithTheExactMessage() {
        long lic = f.license(3);
        long ana = f.person("Ana");
        long archived = f.license(3);
        s.licenses().archive(archived);

        assertThatThrownBy(() -> s.assignments().assign(archived, ana, AssignmentDraft.EMPTY))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("This license is archived; restore it before assigning seats");
        assertThatThrownBy(() -> s.assignments().assign(999_999, ana, AssignmentDraft.EMPTY))
            .hasMessage("This license no longer exists");
        assertThatThrownBy(() -> s.assignments().assign(lic, 999_999, AssignmentDraft.EMPTY))
            .hasMessage("This person no longer exists");
        assertThatThrownBy(() -> s.assignments().revoke(999_999, RevokeReason.MANUAL))
            .hasMessage("This assignment no longer exists");

        assertThat(used(archived)).isZero();
        assertThat(used(lic)).isZero();
        assertThat(s.history().of(SubjectType.PERSON, ana, 10)).extracting(HistoryRow::action)
            .doesNotContain(HistoryAction.ASSIGN);
    }

    private List<Object> seatRow(long id) {
        return s.tx().read(session -> {
            Object[] r = (Object[]) session.createNativeQuery("select access_level, account_identifier, notes, holder_key,"
                    + " holder_status, holder_department, holder_email, active_person_id, revoked_by, revoke_reason,"
                    + " revoked_at from assignment where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult();
            List<Object> out = new java.util.ArrayList<>();
            for (int i = 0; i < r.length; i++) {
                Object v = r[i];
                out.add(v instanceof Number n ? (Object) n.longValue() : i == 10 ? SqlValues.instant(v) : v);
            }
            return out;
        });
    }

    @Test
    void lastSeatTakenRefusesWithTheExactMessage() {
        long lic = f.license(1);
        s.assignments().assign(lic, f.person("Ana"), AssignmentDraft.EMPTY);

        assertThatThrownBy(() -> s.assignments().assign(lic, f.person("Ben"), AssignmentDraft.EMPTY))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("No seats remaining on this license");
        assertThat(used(lic)).isEqualTo(1);
        assertThat(s.seats().summary(lic).canAssign()).isFalse();
    }

    @Test
    void duplicateActiveAssignmentRefusedWithTheExactMessage() {
        long lic = f.license(5);
        long ana = f.person("Ana");
        s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);

        assertThatThrownBy(() -> s.assignments().assign(lic, ana, AssignmentDraft.EMPTY))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("This user already has an active assignment for this license");
        assertThat(used(lic)).isEqualTo(1);
    }

    @Test
    void databaseConstraintRejectsASecondActiveRowEvenWithoutTheService() {
        long lic = f.license(5);
        long ana = f.person("Ana");
        s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);

        assertThatThrownBy(() -> s.tx().run(session -> session.createNativeMutationQuery(
                "insert into assignment (license_id, person_id, active_person_id, assigned_at, assigned_by, version)"
                    + " values (:l, :p, :p, current_timestamp, 'x', 0)")
            .setParameter("l", lic).setParameter("p", ana).executeUpdate()))
            .isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void revokeFreesTheSeatAndAllowsReassignment() {
        long lic = f.license(1);
        long ana = f.person("Ana");
        long first = s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);

        s.assignments().revoke(first, RevokeReason.MANUAL);
        assertThat(used(lic)).isZero();
        long second = s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);

        assertThat(second).isNotEqualTo(first);
        assertThat(used(lic)).isEqualTo(1);
        assertThat(s.seats().history(lic, 10)).extracting(SeatQuery.HistoryRow::active).containsExactlyInAnyOrder(true, false);
        assertThat(s.seats().history(lic, 10)).filteredOn(h -> !h.active()).singleElement()
            .satisfies(h -> assertThat(h.reason()).isEqualTo(RevokeReason.MANUAL));
    }

    @Test
    void seatHistoryListsTheLatestEventsFirstWithTheirHolders() {
        long lic = f.license(5);
        long ana = s.assignments().assign(lic, f.person("Ana Lima"), AssignmentDraft.EMPTY);
        db.clock().advance(java.time.Duration.ofHours(1));
        long ben = s.assignments().assign(lic, f.person("Ben Ode"), AssignmentDraft.EMPTY);
        db.clock().advance(java.time.Duration.ofHours(1));
        long cleo = s.assignments().assign(lic, f.person("Cleo Park"), AssignmentDraft.EMPTY);
        db.clock().advance(java.time.Duration.ofHours(1));
        s.assignments().revoke(ana, RevokeReason.MANUAL);

        assertThat(s.seats().history(lic, 10)).extracting(SeatQuery.HistoryRow::assignmentId, SeatQuery.HistoryRow::name)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(ana, "Ana Lima"),
                org.assertj.core.groups.Tuple.tuple(cleo, "Cleo Park"), org.assertj.core.groups.Tuple.tuple(ben, "Ben Ode"));
        assertThat(s.seats().history(lic, 2)).extracting(SeatQuery.HistoryRow::assignmentId).containsExactly(ana, cleo);
        assertThat(s.seats().history(f.license(1), 10)).isEmpty();
    }

    @Test
    void revokeNeverDrivesTheCounterBelowZero() {
        long lic = f.license(2);
        long a = s.assignments().assign(lic, f.person("Ana"), AssignmentDraft.EMPTY);
        s.tx().run(session -> session.find(License.class, lic).setSeatsUsed(0));

        s.assignments().revoke(a, RevokeReason.MANUAL);

        assertThat(used(lic)).isZero();
        assertThatThrownBy(() -> s.assignments().revoke(a, RevokeReason.MANUAL)).hasMessage("This seat was already revoked");
    }

    @Test
    void unlimitedLicensesSkipTheSeatCheck() {
        long lic = f.unlimited();
        for (long p : f.people(5)) {
            s.assignments().assign(lic, p, AssignmentDraft.EMPTY);
        }
        assertThat(used(lic)).isEqualTo(5);
        assertThat(s.seats().summary(lic).canAssign()).isTrue();
    }

    @Test
    void onlyActivePeopleReceiveSeats() {
        long lic = f.license(5);
        long ana = f.person("Ana Inactive");
        s.people().update(ana, s.people().draftOf(ana).withStatus(PersonStatus.INACTIVE));

        assertThatThrownBy(() -> s.assignments().assign(lic, ana, AssignmentDraft.EMPTY))
            .hasMessage("Ana Inactive is not active; only active people can receive seats");
    }

    @Test
    void fieldLengthsAreChecked() {
        long lic = f.license(5);
        long ana = f.person("Ana");
        assertThatThrownBy(() -> s.assignments().assign(lic, ana,
                new AssignmentDraft("a".repeat(65), "b".repeat(192), "c".repeat(1001))))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).byField())
                .containsEntry("accessLevel", "Access level must be at most 64 characters")
                .containsEntry("accountIdentifier", "Account identifier must be at most 191 characters")
                .containsEntry("notes", "Notes must be at most 1000 characters"));
        s.assignments().assign(lic, ana, new AssignmentDraft("a".repeat(64), "b".repeat(191), "c".repeat(1000)));
    }

    @Test
    void driftBetweenRecordedAndTrackedIsVisible() {
        long lic = f.license(10);
        s.assignments().assign(lic, f.person("Ana"), AssignmentDraft.EMPTY);
        s.tx().run(session -> session.find(License.class, lic).setSeatsUsed(4));

        assertThat(s.seats().summary(lic).driftText()).isEqualTo("3 seats in use are not assigned to anyone here");
    }
}
