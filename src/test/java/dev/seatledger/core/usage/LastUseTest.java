package dev.seatledger.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.SeatQuery;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A seat's last use and where it came from, as the dormant seats, the license's seat lists and the person's profile
 * show it: the file's name for SSO and vendor evidence, the agent, or the holder's last sign-in when there is none.
 */
class LastUseTest {
    @Test
    void theTextNamesTheDayAndWhereItCameFrom() {
        LocalDate aug1 = LocalDate.of(2026, 8, 1);
        assertThat(new LastUse(aug1, UsageSource.VENDOR, UsageFormat.SLACK_MEMBERS).text())
            .isEqualTo("Aug 1, 2026 · Slack member analytics");
        assertThat(new LastUse(aug1, UsageSource.SSO, UsageFormat.ENTRA_SIGN_INS).text())
            .isEqualTo("Aug 1, 2026 · Entra ID sign-in log");
        assertThat(new LastUse(aug1, UsageSource.AGENT, null).text()).isEqualTo("Aug 1, 2026 · Endpoint agent");
        assertThat(new LastUse(null, UsageSource.VENDOR, UsageFormat.ZOOM_USERS).text())
            .isEqualTo("never · Zoom users");
        assertThat(LastUse.of(aug1, null, null, LocalDate.of(2026, 7, 1)).text())
            .as("no real evidence: the last sign-in").isEqualTo("Jul 1, 2026 · Last sign-in");
        assertThat(LastUse.of(null, UsageSource.LOGIN_PROXY, UsageFormat.SLACK_MEMBERS, null).text())
            .isEqualTo("never · Last sign-in");
    }

    @Test
    void theSeatListsAndTheProfileReadTheSeatsLastUse() {
        try (UsageFixture f = new UsageFixture()) {
            long ana = f.holder("Ana Lima", f.slackLicense, f.today.minusDays(3));
            long ben = f.holder("Ben Okafor", f.slackLicense, null);
            f.importText(UsageFixture.vendor("Ana Lima", "Slack", "2026-01-10"));

            Map<String, HolderRow> holders = f.s.holders().page(f.slackLicense, HolderFilter.all(), 0, 10).stream()
                .collect(Collectors.toMap(HolderRow::name, Function.identity()));
            assertThat(LastUse.of(holders.get("Ana Lima").lastUsed(), holders.get("Ana Lima").lastUseSource(),
                holders.get("Ana Lima").lastUseFormat(), holders.get("Ana Lima").lastSignIn()).text())
                .isEqualTo("Jan 10, 2026 · Usage CSV");
            assertThat(LastUse.of(holders.get("Ben Okafor").lastUsed(), holders.get("Ben Okafor").lastUseSource(),
                holders.get("Ben Okafor").lastUseFormat(), holders.get("Ben Okafor").lastSignIn()).text())
                .isEqualTo("never · Last sign-in");

            assertThat(f.s.seats().seatsOf(ana)).singleElement().extracting(SeatQuery.PersonSeatRow::lastUse)
                .isEqualTo(new LastUse(LocalDate.of(2026, 1, 10), UsageSource.VENDOR, UsageFormat.USAGE_CSV));
            assertThat(f.s.seats().seatsOf(ben)).singleElement().extracting(r -> r.lastUse().text())
                .isEqualTo("never · Last sign-in");
        }
    }
}
