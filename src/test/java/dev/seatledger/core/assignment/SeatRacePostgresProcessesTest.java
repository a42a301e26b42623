package dev.seatledger.core.assignment;

import dev.seatledger.testing.PostgresOnly;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** Two JVMs, each with its own connection pool, race to fill the seats of 30 licenses in one PostgreSQL database. */
@PostgresOnly
class SeatRacePostgresProcessesTest {

    @Test
    void bothProcessesWinSeatsAndNoLicenseIsFilledBeyondItsSeats() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            TwoProcessSeatRace race = new TwoProcessSeatRace(db.services());
            var outputs = race.run(db.folder(), db.database().config().jdbcUrl(), TestPostgres.user(),
                TestPostgres.password());
            System.out.println("SeatRacePostgresProcessesTest: " + race.check(outputs, db.services()));
        }
    }
}
