package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.PostgresOnly;
import dev.seatledger.testing.RaceWorker;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two JVMs, each with its own connection pool, race for the last seat of 30 licenses in one PostgreSQL database. */
@PostgresOnly
class SeatRacePostgresProcessesTest {
    private static final int ROUNDS = 30;

    @Test
    void exactlyOneProcessWinsEachLastSeat() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            SeatFixtures f = new SeatFixtures(s);
            long ana = f.person("Ana");
            long ben = f.person("Ben");
            List<Long> licenses = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                licenses.add(f.license(1));
            }
            String list = licenses.stream().map(String::valueOf).collect(Collectors.joining(","));
            String url = db.database().config().jdbcUrl();
            Path go = db.folder().resolve("go");

            Process p1 = ChildJvm.start(RaceWorker.class, db.folder().toString(), String.valueOf(ana), go.toString(), list,
                url, TestPostgres.user(), TestPostgres.password());
            Process p2 = ChildJvm.start(RaceWorker.class, db.folder().toString(), String.valueOf(ben), go.toString(), list,
                url, TestPostgres.user(), TestPostgres.password());
            ChildJvm.awaitLine(p1, "READY");
            ChildJvm.awaitLine(p2, "READY");
            Files.writeString(go, "go");
            String out = ChildJvm.awaitLine(p1, "DONE") + ChildJvm.awaitLine(p2, "DONE");
            assertThat(p1.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p2.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Map<String, Integer> winners = new HashMap<>();
            for (String line : out.lines().toList()) {
                if (line.endsWith(" OK")) {
                    winners.merge(line.split(" ")[0], 1, Integer::sum);
                } else if (line.contains(" REFUSED ")) {
                    assertThat(line).endsWith("No seats remaining on this license");
                }
            }
            assertThat(winners).hasSize(ROUNDS).allSatisfy((lic, n) -> assertThat(n).isEqualTo(1));
            for (long lic : licenses) {
                SeatSummary sum = s.seats().summary(lic);
                assertThat(sum.recordedUsed()).isEqualTo(1);
                assertThat(sum.tracked()).isEqualTo(1);
            }
        }
    }
}
