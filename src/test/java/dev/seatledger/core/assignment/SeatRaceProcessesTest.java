package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.RaceWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs share one database file through an H2 TCP server and race for the last seat of 30 licenses. */
@AboutH2
class SeatRaceProcessesTest {
    private static final int ROUNDS = 30;

    @Test
    void exactlyOneProcessWinsEachLastSeat(@TempDir Path dir) throws Exception {
        List<Long> licenses = new ArrayList<>();
        long ana;
        long ben;
        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("setup"),
                AesGcmCipher.forDataFolder(dir));
            SeatFixtures f = new SeatFixtures(s);
            ana = f.person("Ana");
            ben = f.person("Ben");
            for (int i = 0; i < ROUNDS; i++) {
                licenses.add(f.license(1));
            }
        }
        String list = licenses.stream().map(String::valueOf).collect(Collectors.joining(","));
        Path go = dir.resolve("go");
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
        String out1;
        String out2;
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + dir.resolve("seatledger").toAbsolutePath()
                + ";LOCK_TIMEOUT=5000";
            Process p1 = ChildJvm.start(RaceWorker.class, dir.toString(), String.valueOf(ana), go.toString(), list, url);
            Process p2 = ChildJvm.start(RaceWorker.class, dir.toString(), String.valueOf(ben), go.toString(), list, url);
            ChildJvm.awaitLine(p1, "READY");
            ChildJvm.awaitLine(p2, "READY");
            Files.writeString(go, "go");

            out1 = ChildJvm.awaitLine(p1, "DONE");
            out2 = ChildJvm.awaitLine(p2, "DONE");
            assertThat(p1.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p2.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.stop();
        }

        Map<String, Integer> winners = new HashMap<>();
        for (String line : (out1 + out2).lines().toList()) {
            if (line.endsWith(" OK")) {
                winners.merge(line.split(" ")[0], 1, Integer::sum);
            } else if (line.contains(" REFUSED ")) {
                assertThat(line).endsWith("No seats remaining on this license");
            }
        }
        assertThat(winners).hasSize(ROUNDS).allSatisfy((lic, n) -> assertThat(n).isEqualTo(1));

        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("check"),
                AesGcmCipher.forDataFolder(dir));
            for (long lic : licenses) {
                SeatSummary sum = s.seats().summary(lic);
                assertThat(sum.recordedUsed()).isEqualTo(1);
                assertThat(sum.tracked()).isEqualTo(1);
            }
        }
    }
}
