package dev.seatledger.core.assignment;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.H2TcpServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs share one database file through an H2 TCP server and race to fill the seats of 30 licenses. */
@AboutH2
class SeatRaceProcessesTest {

    private static AppServices services(Database db, Path dir, String who) {
        return AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed(who), AesGcmCipher.forDataFolder(dir));
    }

    @Test
    void bothProcessesWinSeatsAndNoLicenseIsFilledBeyondItsSeats(@TempDir Path dir) throws Exception {
        TwoProcessSeatRace race;
        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            race = new TwoProcessSeatRace(services(db, dir, "setup"));
        }
        List<String> outputs;
        try (H2TcpServer server = new H2TcpServer()) {
            outputs = race.run(dir, server.url(dir));
        }
        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            System.out.println("SeatRaceProcessesTest: " + race.check(outputs, services(db, dir, "check")));
        }
    }
}
