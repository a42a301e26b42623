package dev.seatledger.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.Signal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SSO and vendor evidence judging seats (window 90 days, today 2026-03-15): boundary, precedence, dates forward only. */
class UsageImportTest {
    private final UsageFixture f = new UsageFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String day(int daysAgo) {
        return f.today.minusDays(daysAgo).toString();
    }

    @Test
    void ssoSignInsJudgeAtTheWindowBoundary() {
        for (String n : List.of("Used 89", "Used 90", "Used 91")) {
            f.holder(n, f.slackLicense, f.today);
        }
        f.importText(UsageFixture.entra("Used 89", "Slack", day(89), "Used 90", "Slack", day(90), "Used 91", "Slack",
            day(91)));

        Map<String, DormantSeat> dormant = f.dormant();
        assertThat(dormant).as("a use exactly window days ago is not dormant").containsOnlyKeys("Used 91");
        assertThat(f.s.utilization().summary().count(new dev.seatledger.core.utilization.DormancyFilter(null, null, null,
            UsageSource.SSO))).as("the summary's count, part by part").isEqualTo(1);
        assertThat(dormant.get("Used 91")).satisfies(d -> {
            assertThat(d.signal()).isEqualTo(Signal.REAL_USAGE);
            assertThat(d.source()).isEqualTo(UsageSource.SSO);
            assertThat(d.format()).isEqualTo(UsageFormat.ENTRA_SIGN_INS);
            assertThat(d.lastActivity()).isEqualTo(f.today.minusDays(91));
        });
    }

    @Test
    void vendorActivityJudgesAtTheWindowBoundaryAndNeverUsedIsDormant() {
        for (String n : List.of("Used 89", "Used 90", "Used 91", "Never used")) {
            f.holder(n, f.figmaLicense, f.today);
        }
        f.importText(UsageFixture.vendor("Used 89", "Figma", day(89), "Used 90", "Figma", day(90), "Used 91", "Figma",
            day(91), "Never used", "Figma", null));

        Map<String, DormantSeat> dormant = f.dormant();
        assertThat(dormant).containsOnlyKeys("Used 91", "Never used");
        assertThat(f.s.utilization().summary().count(new dev.seatledger.core.utilization.DormancyFilter(null, null, null,
            UsageSource.VENDOR))).isEqualTo(2);
        assertThat(f.s.utilization().countDormant(new dev.seatledger.core.utilization.DormancyFilter(null, null, null,
            UsageSource.VENDOR))).isEqualTo(2);
        assertThat(dormant.get("Never used")).as("the vendor's never beats a recent directory sign-in").satisfies(d -> {
            assertThat(d.source()).isEqualTo(UsageSource.VENDOR);
            assertThat(d.lastActivity()).isNull();
        });
    }

    @Test
    void theLatestRealEvidenceWinsAndTheLoginProxyOnlyWithoutAny() {
        f.holder("Agent old sso new", f.slackLicense, f.today);
        f.agent("Agent old sso new", "Slack", f.today.minusDays(120));
        f.holder("Agent new vendor old", f.slackLicense, null);
        f.agent("Agent new vendor old", "Slack", f.today.minusDays(5));
        f.holder("Same day", f.slackLicense, null);
        f.holder("Proxy only", f.slackLicense, f.today.minusDays(100));
        f.holder("Vendor old proxy new", f.slackLicense, f.today.minusDays(1));
        assertThat(f.dormant()).containsOnlyKeys("Agent old sso new", "Same day", "Proxy only");

        f.importText(UsageFixture.entra("Agent old sso new", "Slack", day(10), "Same day", "Slack", day(100)));
        f.importText(UsageFixture.vendor("Agent new vendor old", "Slack", day(50), "Same day", "Slack", day(100),
            "Vendor old proxy new", "Slack", day(95)));

        Map<String, DormantSeat> dormant = f.dormant();
        assertThat(dormant).containsOnlyKeys("Same day", "Proxy only", "Vendor old proxy new");
        assertThat(dormant.get("Same day").source()).as("SSO before vendor on the same day").isEqualTo(UsageSource.SSO);
        assertThat(dormant.get("Proxy only").signal()).isEqualTo(Signal.LOGIN_PROXY);
        assertThat(dormant.get("Proxy only").source()).isEqualTo(UsageSource.LOGIN_PROXY);
        assertThat(dormant.get("Vendor old proxy new").source()).isEqualTo(UsageSource.VENDOR);
        List<String> facts = f.seatFacts();
        assertThat(facts).anySatisfy(x -> assertThat(x).endsWith(day(5) + " AGENT"));
        assertThat(facts).anySatisfy(x -> assertThat(x).endsWith(day(10) + " SSO"));
    }

    @Test
    void userStatusStillFlagsWhateverTheEvidence() {
        long p = f.holder("Left", f.slackLicense, f.today);
        f.importText(UsageFixture.entra("Left", "Slack", day(1)));
        assertThat(f.dormant()).isEmpty();
        f.s.people().update(p, f.s.people().draftOf(p).withStatus(PersonStatus.INACTIVE));
        assertThat(f.dormant().get("Left").signal()).isEqualTo(Signal.USER_STATUS);
    }

    @Test
    void anOlderFileNeverMovesADateBackAndANewerOneMovesItForward() {
        f.holder("Ana", f.figmaLicense, null);
        f.importText(UsageFixture.vendor("Ana", "Figma", day(10)));
        List<String> after = f.evidenceRows();

        UsagePlan older = f.importText(UsageFixture.vendor("Ana", "Figma", day(100)));
        assertThat(older.unchanged()).isEqualTo(1);
        assertThat(f.evidenceRows()).isEqualTo(after);
        UsagePlan never = f.importText(UsageFixture.vendor("Ana", "Figma", null));
        assertThat(never.unchanged()).as("never used is older than any day").isEqualTo(1);
        assertThat(f.dormant()).isEmpty();

        UsagePlan newer = f.importText(UsageFixture.vendor("Ana", "Figma", day(2)));
        assertThat(newer.movedForward()).hasSize(1);
        assertThat(f.evidenceRows()).singleElement().satisfies(r -> assertThat(r).contains(day(2)));
    }

    @Test
    void reImportingAFileChangesNothing() {
        f.holder("Ana", f.slackLicense, null);
        f.holder("Ben", f.figmaLicense, null);
        String log = UsageFixture.entra("Ana", "Slack", day(3), "Ben", "Figma", day(120), "Ana", "Slack", day(30));
        f.importText(log);
        List<String> seats = f.seatFacts();
        List<String> evidence = f.evidenceRows();
        List<String> history = historyCount();

        UsagePlan again = f.importText(log);

        assertThat(again.added()).isEmpty();
        assertThat(again.movedForward()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(f.seatFacts()).isEqualTo(seats);
        assertThat(f.evidenceRows()).isEqualTo(evidence);
        assertThat(historyCount()).isEqualTo(history);
    }

    private List<String> historyCount() {
        return f.s.tx().read(session -> session.createNativeQuery(
            "select cast(count(*) as varchar(20)) from change_log", String.class).getResultList());
    }

    @Test
    void unknownPeopleAreListedNotCreatedAndGuestsAreCountedAndSkipped() {
        f.holder("Ana", f.slackLicense, null);
        long before = f.s.personQuery().count(dev.seatledger.core.people.PersonFilter.all());
        UsagePlan plan = f.importText(UsageFixture.entra("Ana", "Slack", day(3), "Nobody Here", "Slack", day(3),
            "Nobody Here", "Figma", day(4), "Ana", "Azure Portal", day(2))
            + day(1) + "T10:00:00Z,req-g,x,kim_partner.com#EXT#@example.onmicrosoft.com,Guest,Slack,x,Success,0,Other.\r\n"
            + day(1) + "T11:00:00Z,req-h,x,lee_vendor.com#EXT#@example.onmicrosoft.com,Member,Slack,x,Success,0,Other.\r\n");

        assertThat(plan.peopleMatched()).isEqualTo(1);
        assertThat(plan.unknownPeople()).containsExactly("nobody.here@example.com");
        assertThat(plan.guests()).as("by user type, and by the #EXT# name alone").isEqualTo(2);
        assertThat(plan.unknownApplications()).extracting(UsagePlan.UnknownApplication::name).containsExactly("Azure Portal");
        assertThat(f.s.personQuery().count(dev.seatledger.core.people.PersonFilter.all())).isEqualTo(before);
        assertThat(f.evidenceRows()).hasSize(1);
    }

    @Test
    void peopleAreFoundByTheAddressesTheDirectoryImportKept() throws Exception {
        var importer = f.s.peopleImport();
        importer.apply(importer.plan(dev.seatledger.core.importing.CsvTable.parse(
            "userPrincipalName,displayName,mail,proxyAddresses,department,accountEnabled\n"
            + "a.lima@corp.example.com,Ana Lima,ana.lima@example.com,\"SMTP:ana.lima@example.com;smtp:ana@example.com;"
            + "SIP:ana@example.com\",Design,True\n"), dev.seatledger.core.importing.DirectoryPreset.ENTRA), false);
        long ana = f.s.personQuery().list(dev.seatledger.core.people.PersonFilter.all()).get(0).id();
        f.s.assignments().assign(f.slackLicense, ana, dev.seatledger.core.assignment.AssignmentDraft.EMPTY);

        UsagePlan plan = f.importText("Date (UTC),Request ID,Username,Application,Status,Sign-in error code\n"
            + day(3) + "T08:00:00Z,r1,A.LIMA@corp.example.com,Slack,Success,0\n"
            + day(2) + "T08:00:00Z,r2,ana@example.com,Figma,Success,0\n");

        assertThat(plan.unknownPeople()).isEmpty();
        assertThat(plan.peopleMatched()).isEqualTo(1);
        assertThat(f.evidenceRows()).hasSize(2);
    }

    @Test
    void aSeatAssignedAfterTheImportTakesTheEvidenceAndSavingsFollow() {
        f.holder("Ana", f.slackLicense, null);
        long ben = f.s.people().create(dev.seatledger.core.people.PersonDraft.of("Ben", "ben@example.com", null));
        assertThat(f.s.utilization().summary().totalSavingsBase()).isEqualByComparingTo("120");

        f.importText(UsageFixture.entra("Ana", "Slack", day(3), "Ben", "Figma", day(120)));
        assertThat(f.s.utilization().summary().totalSavingsBase()).isEqualByComparingTo("0");

        f.s.assignments().assign(f.figmaLicense, ben, dev.seatledger.core.assignment.AssignmentDraft.EMPTY);
        f.db.assignSeatsDaysAgo(200);
        assertThat(f.dormant().get("Ben")).satisfies(d -> {
            assertThat(d.source()).isEqualTo(UsageSource.SSO);
            assertThat(d.lastActivity()).isEqualTo(f.today.minusDays(120));
        });
        assertThat(f.s.utilization().summary().totalSavingsBase()).isEqualByComparingTo("120");
    }
}
