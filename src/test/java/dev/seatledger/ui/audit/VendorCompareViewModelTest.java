package dev.seatledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare with vendor export without a toolkit: which files are refused and why, and what can be chosen. */
class VendorCompareViewModelTest {
    @TempDir Path dir;
    private TestDatabase db;
    private AppServices s;
    private long license;
    private VendorCompareViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        license = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Slack", "Slack", null)))
            .withSeats(10, SeatType.USER)).id();
        s.assignments().assign(license, s.people().create(PersonDraft.of("Ana Lima", "ana.lima@contoso.com", null)),
            AssignmentDraft.EMPTY);
        s.people().create(PersonDraft.of("Ben Okafor", "ben.okafor@contoso.com", null));
        s.audits().start(license);
        vm = new VendorCompareViewModel(new VendorAudit(s.tx(), s.audits(), s.assignments()),
            new CurrentThreadTaskExecutor(), license, row -> { });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPlainListOfAddressesIsComparedAndOnlyKnownPeopleCanBeAssigned() {
        vm.load(Path.of("src/test/resources/usage/vendor-emails.txt"));

        assertThat(vm.generalErrorProperty().get()).isEmpty();
        assertThat(vm.comparisonProperty().get().format()).isEqualTo(UsageFormat.EMAIL_LIST);
        assertThat(vm.withAccount()).extracting(h -> h.email()).containsExactly("ana.lima@contoso.com");
        assertThat(vm.unrecorded()).extracting(c -> c.item().email(), VendorCompareViewModel.Choice::possible)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("ben.okafor@contoso.com", true),
                org.assertj.core.groups.Tuple.tuple("new.hire@contoso.com", false));

        VendorCompareViewModel.chooseAll(vm.unrecorded(), true);
        assertThat(vm.unrecorded()).extracting(c -> c.chosen().get()).containsExactly(true, false);
        assertThat(vm.proposalProperty().get()).startsWith("Proposed seat count (the vendor's billable accounts): 3");
    }

    @Test
    void aSignInLogIsRefusedInWords() {
        vm.load(Path.of("src/test/resources/usage/entra-signins.csv"));

        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.generalErrorProperty().get()).startsWith("Entra ID sign-in log is a sign-in log, not a list");
    }

    @Test
    void aFileWithProblemsNamesItsLinesAndComparesNothing() throws Exception {
        Path f = dir.resolve("members.csv");
        Files.writeString(f, "Name,Account type,Last active (UTC),Email,Billing active\n"
            + "Ana Lima,Member,\"Mar 13, 2026\",ana.lima@contoso.com,Active\n"
            + "Ben Okafor,Member,\"someday\",ben.okafor@contoso.com,Active\n");

        vm.load(f);

        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.generalErrorProperty().get()).startsWith("The Slack member analytics file has problems")
            .contains("line 3", "someday");
    }
}
