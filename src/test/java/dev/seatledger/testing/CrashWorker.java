package dev.seatledger.testing;

import dev.seatledger.AppServices;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one kind of long write over and over until it is killed: "import" (a telemetry file of
 * {@link #IMPORT_ROWS} records per run, new devices each time), "reclaim" (every active seat of a license,
 * one transaction per seat) or "offboard" (people with several seats each). Prints "COMMITTED <op> <n>"
 * after each commit.
 */
public final class CrashWorker {
    public static final int IMPORT_ROWS = 5_000;

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String op = args[1];
        try (Database db = Database.open(DatabaseConfig.h2(folder))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("crash"),
                AesGcmCipher.forDataFolder(folder));
            System.out.println("READY");
            System.out.flush();
            for (int run = 0; ; run++) {
                switch (op) {
                    case "import" -> {
                        List<TelemetryRecord> records = new ArrayList<>();
                        String tag = args[2] + "-" + run;
                        for (int i = 0; i < IMPORT_ROWS; i++) {
                            records.add(new TelemetryRecord(i + 1, "crash-" + tag + "-" + (i / 10), null, "App " + (i % 10),
                                null, "1", true, null, false, Instant.now()));
                        }
                        s.telemetryImporter().importParsed(new ParsedTelemetry(records, List.of()), Progress.NONE);
                        System.out.println("COMMITTED import " + tag);
                    }
                    case "reclaim" -> {
                        List<Long> seats = s.tx().read(session -> session.createSelectionQuery(
                            "select a.id from Assignment a where a.revokedAt is null order by a.id", Long.class)
                            .setMaxResults(50).getResultList());
                        if (seats.isEmpty()) {
                            System.out.println("DONE");
                            return;
                        }
                        for (long id : seats) {
                            var result = s.reclaim().reclaim(List.of(id), Progress.NONE);
                            if (result.reclaimed() != 1) {
                                System.out.println("FAILED reclaim " + id + " " + result.failures());
                                System.out.flush();
                                return;
                            }
                            System.out.println("COMMITTED reclaim " + id);
                        }
                    }
                    case "offboard" -> {
                        List<Long> people = s.tx().read(session -> session.createSelectionQuery(
                            "select p.id from Person p where p.status = dev.seatledger.core.people.PersonStatus.ACTIVE"
                                + " order by p.id", Long.class).setMaxResults(20).getResultList());
                        if (people.isEmpty()) {
                            System.out.println("DONE");
                            return;
                        }
                        for (long id : people) {
                            s.assignments().offboard(id);
                            System.out.println("COMMITTED offboard " + id);
                        }
                    }
                    default -> throw new IllegalArgumentException(op);
                }
                System.out.flush();
            }
        }
    }
}
