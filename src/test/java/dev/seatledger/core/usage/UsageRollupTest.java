package dev.seatledger.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rollup of a file: the latest use per account and application, accounts listed more than once. */
class UsageRollupTest {

    @Test
    void theLatestUseWinsWhateverTheOrderAndGuestsListedTwiceStayGuests() {
        UsageRollup r = new UsageRollup(UsageFormat.ENTRA_SIGN_INS);
        r.use(2, "Ana@Example.com", "Slack", Instant.parse("2026-03-02T10:00:00Z"), LocalDate.of(2026, 3, 2));
        r.use(3, "ana@example.com ", "slack", Instant.parse("2026-03-05T23:30:00-05:00"), LocalDate.of(2026, 3, 5));
        r.use(4, "ana@example.com", "Slack", Instant.parse("2026-03-04T10:00:00Z"), LocalDate.of(2026, 3, 4));
        r.account(5, "kim#EXT#@example.onmicrosoft.com", UsageSink.AccountKind.GUEST, true, null);
        r.account(6, "kim#EXT#@example.onmicrosoft.com", UsageSink.AccountKind.GUEST, true, null);
        r.use(7, "kim#EXT#@example.onmicrosoft.com", "Slack", Instant.parse("2026-03-04T10:00:00Z"), LocalDate.of(2026, 3, 4));
        List<String> uses = new ArrayList<>();
        r.forEachUse((a, app, day) -> uses.add(a + " " + app + " " + day));
        assertThat(uses).containsExactly("Ana@Example.com Slack 2026-03-05");
        assertThat(r.guests()).isEqualTo(1);
    }

    @Test
    void anAccountListedTwiceIsActiveAndBillableIfEitherListingSays() {
        UsageRollup r = new UsageRollup(UsageFormat.ATLASSIAN_USERS);
        r.account(2, "ana@example.com", UsageSink.AccountKind.PERSON, false, null);
        r.account(2, "ana@example.com", UsageSink.AccountKind.PERSON, true, true);
        r.account(3, "ben@example.com", UsageSink.AccountKind.PERSON, true, null);
        r.account(3, "ben@example.com", UsageSink.AccountKind.PERSON, true, false);
        assertThat(r.people()).extracting(l -> l.account() + " " + l.active() + " " + l.billable())
            .containsExactly("ana@example.com true true", "ben@example.com true false");
    }
}
