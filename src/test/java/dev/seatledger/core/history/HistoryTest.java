package dev.seatledger.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private TestDatabase db;
    private AppServices s;
    private long product;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<HistoryRow> of(SubjectType t, long id) {
        return s.history().of(t, id, 50);
    }

    @Test
    void editOfThreeFieldsIsOneEntryNamingTheThree() {
        long id = s.licenses().create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)).id();
        LicenseDraft d = s.licenses().draftOf(id).withSeats(12, SeatType.USER).withCurrency("USD").withOwner("Marta Rossi");

        s.licenses().update(id, d);

        List<HistoryRow> rows = of(SubjectType.LICENSE, id);
        assertThat(rows).extracting(HistoryRow::action).containsExactly(HistoryAction.EDIT, HistoryAction.CREATE);
        assertThat(rows.get(0).summary())
            .isEqualTo("Seats total: 10 → 12; Currency: EUR → USD; Business owner: — → Marta Rossi");
        assertThat(rows.get(0).by()).isEqualTo("tester");
    }

    @Test
    void keyChangesAreRedacted() {
        long id = s.licenses().create(LicenseDraft.defaults(product).withKey("FIG-OLD-1111")).id();
        s.licenses().update(id, s.licenses().draftOf(id).withKey("FIG-NEW-2222"));
        s.licenses().update(id, s.licenses().draftOf(id));

        List<HistoryRow> rows = of(SubjectType.LICENSE, id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).summary()).isEqualTo("License key changed");
        assertThat(rows).extracting(HistoryRow::summary).noneMatch(t -> t.contains("FIG-") || t.contains("1111")
            || t.contains("2222"));
    }

    @Test
    void archiveRestoreSeatsAndPeopleAreRecorded() {
        long lic = s.licenses().create(LicenseDraft.defaults(product).withSeats(5, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        long a = s.assignments().assign(lic, ana, AssignmentDraft.EMPTY);
        s.assignments().revoke(a, RevokeReason.MANUAL);
        s.licenses().archive(lic);
        s.licenses().restore(lic);
        s.products().update(product, ProductDraft.of("Figma", "Figma Inc.", "Design"));
        s.people().update(ana, s.people().draftOf(ana).withStatus(PersonStatus.INACTIVE));

        assertThat(of(SubjectType.LICENSE, lic)).extracting(HistoryRow::action).containsExactly(
            HistoryAction.RESTORE, HistoryAction.ARCHIVE, HistoryAction.REVOKE, HistoryAction.ASSIGN, HistoryAction.CREATE);
        assertThat(of(SubjectType.LICENSE, lic).get(3).summary()).isEqualTo("Seat assigned to Ana Lima");
        assertThat(of(SubjectType.PERSON, ana)).extracting(HistoryRow::summary)
            .contains("Status: ACTIVE → INACTIVE", "Seat of Figma revoked (Manual)", "Seat of Figma");
        assertThat(of(SubjectType.PRODUCT, product).get(0).summary()).isEqualTo("Publisher: Figma → Figma Inc.");
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        long id = s.licenses().create(LicenseDraft.defaults(product)).id();
        s.licenses().update(id, s.licenses().draftOf(id));
        assertThat(of(SubjectType.LICENSE, id)).extracting(HistoryRow::action).containsExactly(HistoryAction.CREATE);
    }
}
