package dev.seatledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Complete audit dialog's rules without a toolkit: a whole-number count, refusals under the count. */
class CompleteAuditViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private AuditPanelViewModel panel;
    private final List<String> closed = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(60, SeatType.USER)).id();
        panel = new AuditPanelViewModel(s.audits(), new dev.seatledger.core.audit.VendorAudit(s.tx(), s.audits(), s.assignments()), new CurrentThreadTaskExecutor(), license);
        panel.start();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCountStartsAtTheSeatsInUseAndMustBeAWholeNumber() {
        CompleteAuditViewModel form = panel.completeForm();
        assertThat(form.countProperty().get()).isEqualTo("0");

        form.countProperty().set("twelve");
        form.complete(() -> closed.add("closed"));

        assertThat(form.errors()).containsOnlyKeys("count");
        assertThat(closed).isEmpty();
        assertThat(s.audits().state(license).inProgress()).isTrue();
    }

    @Test
    void aCompletedAuditClosesTheDialogAndTheTabSaysWhatChanged() {
        CompleteAuditViewModel form = panel.completeForm();
        form.countProperty().set(" 12 ");
        form.nextInMonthsProperty().set(6);

        form.complete(() -> closed.add("closed"));

        assertThat(closed).containsExactly("closed");
        assertThat(s.audits().state(license).inProgress()).isFalse();
        assertThat(s.audits().state(license).nextAuditDate()).isNotNull();
        assertThat(panel.noticeProperty().get()).contains("12");
    }

    @Test
    void anAuditFinishedMeanwhileIsRefusedUnderTheCount() {
        CompleteAuditViewModel form = panel.completeForm();
        s.audits().cancel(license, null);

        form.complete(() -> closed.add("closed"));

        assertThat(form.errors().get("count")).isNotBlank().doesNotContain("Exception");
        assertThat(closed).isEmpty();
    }

    @Test
    void theNextAuditIsChosenFromTheScheduleOrNone() {
        CompleteAuditViewModel form = panel.completeForm();
        assertThat(form.nextChoices()).containsExactly(null, 1, 2, 3, 4, 6, 9, 12);
        assertThat(form.nextText(null)).isEqualTo(dev.seatledger.core.common.Messages.get("audit.next.none"));
        assertThat(form.nextText(1)).isEqualTo(dev.seatledger.core.common.Messages.get("audit.next.month"));
    }
}
