package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.UsageSource;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.core.utilization.Signal;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dormant seats' signal filter offers real usage by source, and choosing a source narrows the list to it. */
class SignalChoiceTest {
    @Test
    void theFilterNamesTheSourcesAndNarrowsTheList() throws Exception {
        assertThat(SignalChoice.choices()).extracting(SignalChoice::label).containsExactly("All signals",
            "Real usage", "Real usage · Endpoint agent", "Real usage · SSO sign-in", "Real usage · Vendor activity",
            "Login proxy (weak)", "User status");
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
            long license = s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER)).id();
            for (String[] who : new String[][] {{"Ben Okafor", "ben.okafor@contoso.com"}, {"Zed", "zed@contoso.com"}}) {
                s.assignments().assign(license, s.people().create(PersonDraft.of(who[0], who[1], null)),
                    AssignmentDraft.EMPTY);
            }
            db.assignSeatsDaysAgo(200);
            Path file = Path.of("src/test/resources/usage/slack-member-analytics.csv");
            UsageRollup rollup = new UsageRollup(UsageFormat.SLACK_MEMBERS);
            UsageFiles.read(file, UsageFormat.SLACK_MEMBERS, UsageFiles.Options.RECOGNISE, rollup);
            UsageImporter importer = new UsageImporter(s.tx(), s.clock(), s.recognition());
            importer.apply(importer.plan(rollup, null), false, Progress.NONE);
            UtilizationViewModel vm = UtilizationTab.viewModel(s, new CurrentThreadTaskExecutor());
            vm.refresh();
            assertThat(vm.dormant().countProperty().get()).isEqualTo("2 dormant seats match");

            vm.dormant().signalProperty().set(new SignalChoice(Signal.REAL_USAGE, UsageSource.VENDOR));

            assertThat(vm.dormant().filter().source()).isEqualTo(UsageSource.VENDOR);
            assertThat(vm.dormant().countProperty().get()).isEqualTo("1 dormant seats match");
            assertThat(vm.dormant().rows().get(0).holder()).isEqualTo("Ben Okafor");

            vm.dormant().signalProperty().set(new SignalChoice(Signal.REAL_USAGE, UsageSource.SSO));
            assertThat(vm.dormant().countProperty().get()).isEqualTo("0 dormant seats match");
        }
    }
}
