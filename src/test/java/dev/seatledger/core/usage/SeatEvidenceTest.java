package dev.seatledger.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.telemetry.TelemetryLink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage import's seat evidence, computed in memory for the people it touched, is what {@link TelemetryLink}'s one
 * statement writes on every other path (assign, a license's product changed, alias changes).
 */
class SeatEvidenceTest {

    @Test
    void theImportWritesWhatTheSeatRefreshWrites() throws Exception {
        try (UsageFixture f = new UsageFixture()) {
            List<Long> people = new ArrayList<>();
            for (String n : List.of("Ana", "Ben", "Cleo", "Dan", "Eve")) {
                people.add(f.holder(n, f.slackLicense, null));
            }
            f.s.assignments().assign(f.figmaLicense, people.get(0), dev.seatledger.core.assignment.AssignmentDraft.EMPTY);
            f.agent("Dan", "Slack", f.today.minusDays(3));
            String d1 = f.today.minusDays(1).toString();
            String d40 = f.today.minusDays(40).toString();
            f.importText(UsageFixture.entra("Ana", "Slack", d40, "Ana", "Figma", d1, "Ben", "Slack", d40, "Dan", "Slack", d40));
            f.importText(UsageFixture.vendor("Ana", "Slack", d1, "Ben", "Slack", d40, "Cleo", "Slack", null,
                "Dan", "Slack", d40));
            List<String> imported = f.seatFacts();
            assertThat(imported).as("each kind of outcome is covered").anySatisfy(x -> assertThat(x).contains(" SSO "))
                .anySatisfy(x -> assertThat(x).contains(" VENDOR ")).anySatisfy(x -> assertThat(x).endsWith(" AGENT"))
                .anySatisfy(x -> assertThat(x).contains("- VENDOR USAGE_CSV - VENDOR"));

            f.s.tx().run(session -> session.doWork(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("update assignment set evidence_at = null, evidence_source = null, evidence_format = null");
                }
                TelemetryLink.refreshPeople(c, people);
            }));

            assertThat(f.seatFacts()).isEqualTo(imported);
        }
    }
}
