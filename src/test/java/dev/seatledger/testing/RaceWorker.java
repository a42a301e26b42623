package dev.seatledger.testing;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A separate SeatLedger process of a race: opens the shared database through its server URL (arguments: folder, URL,
 * attempts as {@code license:person,license:person,...}[, user, password]), reads the seats of its licenses once, reports READY and waits at the gate
 * ({@link ChildJvm#readyThenAwaitRelease()}), then assigns each attempt's person to its license in turn and prints
 * "license person OK" or "license person REFUSED message", and "DONE" at the end.
 */
public final class RaceWorker {
    private RaceWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (Database db = Database.open(new DatabaseConfig(args[1],
                args.length > 3 ? args[3] : "sa", args.length > 4 ? args[4] : "", null))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("race-worker"),
                AesGcmCipher.forDataFolder(folder));
            String[] attempts = args[2].split(",");
            for (String attempt : attempts) {
                // ready to race: pool connections open and Hibernate's reading of licenses warm in both processes
                s.seats().summary(Long.parseLong(attempt.split(":")[0]));
            }
            ChildJvm.readyThenAwaitRelease();
            for (String attempt : attempts) {
                String[] ids = attempt.split(":");
                try {
                    s.assignments().assign(Long.parseLong(ids[0]), Long.parseLong(ids[1]), AssignmentDraft.EMPTY);
                    System.out.println(ids[0] + " " + ids[1] + " OK");
                } catch (BusinessRuleException e) {
                    System.out.println(ids[0] + " " + ids[1] + " REFUSED " + e.getMessage());
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
