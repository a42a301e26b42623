package dev.seatledger.core.usage.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageRollup;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sample export (src/test/resources/usage, sources in its README) recognised and read. */
class UsageFilesTest {

    static Path sample(String name) {
        try {
            return Path.of(UsageFilesTest.class.getResource("/usage/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file recognised, then read: every latest use as "account | application | day or never". */
    static Read read(String name) throws IOException {
        UsageFiles.Detected d = UsageFiles.detect(sample(name), UsageFiles.Options.RECOGNISE);
        assertThat(d.problem()).as(name).isNull();
        UsageRollup r = new UsageRollup(d.format());
        UsageFiles.read(sample(name), d.format(), UsageFiles.Options.RECOGNISE, r);
        List<String> uses = new ArrayList<>();
        r.forEachUse((account, app, day) -> uses.add(account + " | " + app + " | " + (day == null ? "never" : day)));
        return new Read(d.format(), r, uses);
    }

    record Read(UsageFormat format, UsageRollup rollup, List<String> uses) {
    }

    @Test
    void entraSignInLogCsvKeepsTheLatestSuccessPerPersonAndApplication() throws IOException {
        Read r = read("entra-signins.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.ENTRA_SIGN_INS);
        assertThat(r.rollup().problems()).isEmpty();
        assertThat(r.uses()).containsExactlyInAnyOrder(
            "ana.lima@contoso.com | Slack | 2026-03-12",
            "ben.okafor@contoso.com | Figma | 2025-11-02",
            "dev.patel@contoso.com | Azure Portal | 2026-03-09",
            "eve.stranger@contoso.com | Slack | 2026-03-08");
        assertThat(r.rollup().failedSignIns()).as("the failure 50126 and the interrupted sign-in 50074").isEqualTo(2);
        assertThat(r.rollup().guests()).isEqualTo(1);
    }

    @Test
    void entraSignInLogJsonIgnoresFailuresAndInterruptionsAndSkipsGuests() throws IOException {
        Read r = read("entra-signins.json");
        assertThat(r.format()).isEqualTo(UsageFormat.ENTRA_SIGN_INS);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Slack | 2026-03-10",
            "ben.okafor@contoso.com | Figma | 2026-02-20");
        assertThat(r.rollup().failedSignIns()).isEqualTo(2);
        assertThat(r.rollup().guests()).isEqualTo(1);
    }

    @Test
    void oktaSystemLogJsonCountsOnlySuccessfulSsoOfPeople() throws IOException {
        Read r = read("okta-system-log.json");
        assertThat(r.format()).isEqualTo(UsageFormat.OKTA_SYSTEM_LOG);
        assertThat(r.uses()).as("the day as written, -08:00 kept").containsExactlyInAnyOrder(
            "ana.lima@contoso.com | Slack | 2026-03-10", "ben.okafor@contoso.com | Figma | 2026-02-01");
        assertThat(r.rollup().otherEvents()).isEqualTo(1);
        assertThat(r.rollup().failedSignIns()).isEqualTo(1);
        assertThat(r.rollup().serviceAccounts()).isEqualTo(1);
    }

    @Test
    void oktaSystemLogCsvFindsTheAppInstanceAmongTheTargets() throws IOException {
        Read r = read("okta-system-log.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.OKTA_SYSTEM_LOG);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Slack | 2026-03-10",
            "ben.okafor@contoso.com | Figma | 2026-02-01");
        assertThat(r.rollup().otherEvents()).isEqualTo(1);
        assertThat(r.rollup().failedSignIns()).isEqualTo(1);
    }

    @Test
    void googleLoginAndOauthAuditCsvs() throws IOException {
        Read login = read("google-login-audit.csv");
        assertThat(login.format()).isEqualTo(UsageFormat.GOOGLE_AUDIT);
        assertThat(login.uses()).as("a login is a use of Google Workspace, on the day as written")
            .containsExactlyInAnyOrder("ana.lima@contoso.com | Google Workspace | 2026-03-10",
                "ben.okafor@contoso.com | Google Workspace | 2026-01-05");
        assertThat(login.rollup().failedSignIns()).isEqualTo(1);
        assertThat(login.rollup().otherEvents()).isEqualTo(1);
        Read oauth = read("google-oauth-audit.csv");
        assertThat(oauth.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Slack | 2026-03-11",
            "ben.okafor@contoso.com | Figma | 2026-02-02");
        assertThat(oauth.rollup().otherEvents()).as("the revoke").isEqualTo(1);
    }

    @Test
    void googleReportsApiActivities() throws IOException {
        Read r = read("google-reports-activities.json");
        assertThat(r.format()).isEqualTo(UsageFormat.GOOGLE_AUDIT);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Google Workspace | 2026-03-10",
            "ana.lima@contoso.com | Slack | 2026-03-11", "ben.okafor@contoso.com | Figma | 2026-02-02");
        assertThat(r.rollup().failedSignIns()).isEqualTo(1);
    }

    @Test
    void microsoft365ActiveUsersGivesEachAssignedProductTheLatestServiceDate() throws IOException {
        Read r = read("m365-active-users.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.M365_ACTIVE_USERS);
        assertThat(r.uses()).contains("ana.lima@contoso.com | MICROSOFT 365 E3 | 2026-03-14",
            "ana.lima@contoso.com | POWER BI (FREE) | 2026-03-14", "ana.lima@contoso.com | Microsoft Teams | 2026-03-14",
            "ana.lima@contoso.com | Exchange Online | 2026-03-13", "ben.okafor@contoso.com | MICROSOFT 365 E3 | never");
        assertThat(r.rollup().quiet("Microsoft Teams")).isTrue();
        assertThat(r.rollup().people()).extracting(l -> l.account() + " " + l.active() + " " + l.billable())
            .containsExactly("ana.lima@contoso.com true true", "ben.okafor@contoso.com true true",
                "old.user@contoso.com false false");
    }

    @Test
    void slackMemberAnalyticsSkipsGuestsAndBotsAndKnowsNeverActive() throws IOException {
        Read r = read("slack-member-analytics.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.SLACK_MEMBERS);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Slack | 2026-03-13",
            "ben.okafor@contoso.com | Slack | 2025-11-20", "nia.never@contoso.com | Slack | never",
            "gone@contoso.com | Slack | 2026-02-09");
        assertThat(r.rollup().guests()).isEqualTo(1);
        assertThat(r.rollup().serviceAccounts()).isEqualTo(1);
        assertThat(r.rollup().people()).filteredOn(l -> !l.active()).extracting(UsageRollup.Listed::account)
            .containsExactly("gone@contoso.com");
    }

    @Test
    void zoomUsersWithTwelveHourTimesAndFreeBasicUsers() throws IOException {
        Read r = read("zoom-users.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.ZOOM_USERS);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Zoom | 2026-03-12",
            "ben.okafor@contoso.com | Zoom | 2025-10-28", "cleo.park@contoso.com | Zoom | never");
        assertThat(r.rollup().people()).extracting(UsageRollup.Listed::billable).containsExactly(true, true, false);
    }

    @Test
    void atlassianUsersLastSeenPerProduct() throws IOException {
        Read r = read("atlassian-users.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.ATLASSIAN_USERS);
        assertThat(r.uses()).contains("ana.lima@contoso.com | Jira Software | 2026-03-13",
            "ana.lima@contoso.com | Confluence | 2026-03-02", "ben.okafor@contoso.com | Jira Software | never",
            "ben.okafor@contoso.com | Confluence | 2025-11-20", "gone@contoso.com | Trello | never");
    }

    @Test
    void googleWorkspaceUsersLastSignIn() throws IOException {
        Read r = read("google-users.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.GOOGLE_USERS);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Google Workspace | 2026-03-14",
            "ben.okafor@contoso.com | Google Workspace | never", "sam@contoso.com | Google Workspace | 2025-09-30");
    }

    @Test
    void plainUsageCsvMatchedByHeaderNames() throws IOException {
        Read r = read("usage.csv");
        assertThat(r.format()).isEqualTo(UsageFormat.USAGE_CSV);
        assertThat(r.uses()).containsExactlyInAnyOrder("ana.lima@contoso.com | Figma | 2026-03-01",
            "ben.okafor@contoso.com | Figma | 2025-12-01", "ben.okafor@contoso.com | Slack | never");
    }

    @Test
    void aPlainCsvWithOtherHeadersIsPreviewedAndReadThroughTheMappingTheUserSets(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("seen.csv");
        java.nio.file.Files.writeString(file, "Who;Tool;Seen on;Paid\nana.lima@contoso.com;Figma;01.03.2026;yes\n"
            + "ben.okafor@contoso.com;Figma;;no\n");
        UsageFiles.Preview preview = UsageFiles.preview(file, 10);
        assertThat(preview.headers()).containsExactly("Who", "Tool", "Seen on", "Paid");
        assertThat(preview.rows()).hasSize(2).first().asList().containsExactly("ana.lima@contoso.com", "Figma", "01.03.2026",
            "yes");
        assertThat(dev.seatledger.core.usage.UsageColumns.guess(preview.headers()).complete()).isFalse();
        assertThat(UsageFiles.detect(file, UsageFiles.Options.RECOGNISE).format()).isNull();

        dev.seatledger.core.usage.UsageColumns mapped = new dev.seatledger.core.usage.UsageColumns(java.util.Map.of(
            "account", "Who", "application", "Tool", "lastActive", "Seen on", "billable", "Paid"));
        UsageFiles.Options options = new UsageFiles.Options(UsageFormat.USAGE_CSV, mapped, null);
        UsageRollup r = new UsageRollup(UsageFormat.USAGE_CSV);
        UsageFiles.read(file, UsageFormat.USAGE_CSV, options, r);
        List<String> uses = new ArrayList<>();
        r.forEachUse((a, app, day) -> uses.add(a + " | " + app + " | " + (day == null ? "never" : day)));
        assertThat(uses).containsExactlyInAnyOrder("ana.lima@contoso.com | Figma | 2026-03-01",
            "ben.okafor@contoso.com | Figma | never");
        assertThat(r.people()).extracting(UsageRollup.Listed::billable).containsExactly(true, false);
    }

    @Test
    void aListOfAddresses() throws IOException {
        Read r = read("vendor-emails.txt");
        assertThat(r.format()).isEqualTo(UsageFormat.EMAIL_LIST);
        assertThat(r.rollup().people()).extracting(UsageRollup.Listed::account)
            .containsExactly("ana.lima@contoso.com", "ben.okafor@contoso.com", "new.hire@contoso.com");
    }

    @Test
    void consoleDateStyles() {
        assertThat(dev.seatledger.core.common.Timestamps.parse("2026-08-01T23:30:00-07:00").day())
            .as("the day as written in the file's own zone").isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(dev.seatledger.core.common.Timestamps.parse("8/1/2026, 2:22:41 PM").day()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(dev.seatledger.core.common.Timestamps.parse("Aug 1, 2026 GMT+2").day()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(dev.seatledger.core.common.Timestamps.parse("2026-08-01 14:22:41 UTC").day()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(dev.seatledger.core.common.Timestamps.parse("2026-08-01 14:22:41.1234567").day())
            .isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(dev.seatledger.core.common.Timestamps.parse("1785601361").day()).isEqualTo(LocalDate.of(2026, 8, 1));
    }
}
