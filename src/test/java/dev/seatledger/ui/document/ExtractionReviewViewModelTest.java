package dev.seatledger.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review dialog's rules without a toolkit: only ticked terms are written, at least one must be ticked. */
class ExtractionReviewViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private ExtractionReviewViewModel vm;
    private final List<SaveResult> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Acme CRM", "Acme", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)).id();
        Proposal seats = new Proposal(ContractField.SEATS, 300, "300 named users", 0.9, Proposal.Source.RULES);
        Proposal po = new Proposal(ContractField.PO_NUMBER, "PO-77", "PO number: PO-77", 0.8, Proposal.Source.RULES);
        vm = new ExtractionReviewViewModel(s.contractTerms(), new CurrentThreadTaskExecutor(), license,
            new Extraction(List.of(seats, po), false, ""), List.of(new ReviewLine(seats, "10"), new ReviewLine(po, "")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void nothingTickedIsRefusedInWordsAndNothingIsWritten() {
        vm.items().forEach(i -> i.acceptedProperty().set(false));

        vm.apply(applied::add);

        assertThat(vm.errorProperty().get()).isEqualTo(Messages.get("extract.review.noneTicked"));
        assertThat(applied).isEmpty();
        assertThat(s.licenses().draftOf(license).seatsTotal()).isEqualTo(10);
    }

    @Test
    void onlyTheTickedTermsAreWritten() {
        vm.items().get(1).acceptedProperty().set(false);
        vm.items().get(0).acceptedProperty().set(true);

        vm.apply(applied::add);

        assertThat(applied).hasSize(1);
        assertThat(s.licenses().draftOf(license).seatsTotal()).isEqualTo(300);
        assertThat(s.licenses().draftOf(license).purchaseOrder()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theSourceSaysHowTheTermsWereRead() {
        assertThat(vm.sourceProperty().get()).isEqualTo(Messages.get("extract.review.rules"));
    }
}
