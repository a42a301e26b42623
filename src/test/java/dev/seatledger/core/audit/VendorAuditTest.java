package dev.seatledger.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Slack license's holders beside Slack's member analytics, and the audit completed with the proposal. */
class VendorAuditTest {
    static final String SLACK_MEMBERS = "Name,Account type,Last active (UTC),Deactivated date (UTC),Email,Billing active\n"
        + "Ana Lima,Member,\"Mar 13, 2026\",,ana@example.com,Active\n"
        + "Cleo Park,Member,\"Jan 2, 2026\",\"Feb 1, 2026\",cleo@example.com,Inactive\n"
        + "Dan Diaz,Member,\"Mar 1, 2026\",,DAN@example.com,Active\n"
        + "New Hire,Member,\"Mar 10, 2026\",,new.hire@example.com,Active\n"
        + "Kim Partner,Multi-Channel Guest,\"Mar 2, 2026\",,kim@partner.com,Active\n"
        + "Deploy Bot,Bot,,,bot@example.com,Inactive\n";

    static UsageRollup vendor(Path dir, String text) throws Exception {
        Path file = dir.resolve("members.csv");
        Files.writeString(file, text);
        UsageFiles.Detected d = UsageFiles.detect(file, UsageFiles.Options.RECOGNISE);
        UsageRollup r = new UsageRollup(d.format());
        UsageFiles.read(file, d.format(), UsageFiles.Options.RECOGNISE, r);
        return r;
    }

    @Test
    void theThreeListsTheProposalAndTheCompletedAuditsHistory(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long license = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Slack",
                "Slack", null))).withSeats(10, SeatType.USER)).id();
            for (String n : List.of("Ana Lima", "Ben Okafor", "Cleo Park")) {
                long p = s.people().create(PersonDraft.of(n, n.split(" ")[0].toLowerCase() + "@example.com", null));
                s.assignments().assign(license, p, AssignmentDraft.EMPTY);
            }
            long dan = s.people().create(PersonDraft.of("Dan Diaz", "dan@example.com", null));
            VendorAudit audit = new VendorAudit(s.tx(), s.audits(), s.assignments());

            VendorComparison c = audit.compare(license, vendor(dir, SLACK_MEMBERS));

            assertThat(c.withAccount()).extracting(VendorComparison.Holder::email).containsExactly("ana@example.com");
            assertThat(c.withoutAccount()).as("Cleo's account is deactivated").extracting(VendorComparison.Holder::email)
                .containsExactly("ben@example.com", "cleo@example.com");
            assertThat(c.unrecorded()).extracting(VendorComparison.Account::email, VendorComparison.Account::personId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DAN@example.com", dan),
                    org.assertj.core.groups.Tuple.tuple("new.hire@example.com", null));
            assertThat(c.proposedCount()).as("Ana, Dan, the new hire and the billable guest").isEqualTo(4);
            assertThat(c.guests()).isEqualTo(1);
            assertThat(c.serviceAccounts()).isEqualTo(1);

            s.audits().start(license);
            long ben = c.withoutAccount().get(0).assignmentId();
            AuditRow done = audit.complete(c, List.of(ben), List.of(dan), "Checked against Slack", null);

            assertThat(done.after()).isEqualTo(4);
            assertThat(s.licenseQuery().list(dev.seatledger.core.license.LicenseListRequest.all()).get(0).seatsUsed())
                .isEqualTo(4);
            assertThat(s.audits().history(license).get(0).notes()).isEqualTo("Checked against Slack");
            List<HistoryRow> history = s.history().of(SubjectType.LICENSE, license, 20);
            assertThat(history).filteredOn(h -> h.action() == HistoryAction.AUDIT_COMPLETE).singleElement()
                .extracting(HistoryRow::summary).asString()
                .contains("3 → 4", "Slack member analytics", "1 holders with an account", "2 without one",
                    "2 accounts without a seat here", "revoked ben@example.com", "assigned DAN@example.com");
            assertThat(history).filteredOn(h -> h.action() == HistoryAction.REVOKE).hasSize(1);
        }
    }

    @Test
    void aPlainListOfAddressesSettlesAnAuditToo(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long license = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Zoom",
                "Zoom", null))).withSeats(10, SeatType.USER)).id();
            long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", null));
            s.assignments().assign(license, ana, AssignmentDraft.EMPTY);
            VendorComparison c = new VendorAudit(s.tx(), s.audits(), s.assignments()).compare(license,
                vendor(dir, "email\nana@example.com\nbob@example.com\n"));
            assertThat(c.withAccount()).hasSize(1);
            assertThat(c.withoutAccount()).isEmpty();
            assertThat(c.unrecorded()).extracting(VendorComparison.Account::email).containsExactly("bob@example.com");
            assertThat(c.proposedCount()).isEqualTo(2);
        }
    }
}
