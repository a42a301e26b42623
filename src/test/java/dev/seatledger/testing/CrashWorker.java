package dev.seatledger.testing;

import dev.seatledger.services.AppServices;
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
 * one transaction per seat), "offboard" (people with several seats each) or "commit" (one import of
 * {@link #LARGE_IMPORT_ROWS} records, printing "WRITTEN" when its rows are written and "COMMITTED <ms>" once its
 * commit returns, then ending). The others print "BEGIN <op> <n>" before each transaction and "COMMITTED <op> <n>"
 * once it has returned, so the parent knows what was acknowledged before a kill and whether one was in flight.
 */
public final class CrashWorker {
    public static final int IMPORT_ROWS = 5_000;
    /** Rows of the "commit" import: enough for H2 to store part of the commit before it ends. */
    public static final int LARGE_IMPORT_ROWS = 60_000;

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
                        System.out.println("BEGIN import " + tag);
                        s.telemetryImporter().importParsed(new ParsedTelemetry(records, List.of()), Progress.NONE);
                        System.out.println("COMMITTED import " + tag);
                    }
                    case "commit" -> {
                        // one import large enough for H2 to store pages while it commits; says when its rows are written
                        List<TelemetryRecord> records = new ArrayList<>();
                        for (int i = 0; i < LARGE_IMPORT_ROWS; i++) {
                            records.add(new TelemetryRecord(i + 1, "commit-" + args[2] + "-" + (i / 10), null,
                                "App " + (i % 10), null, "1", true, null, false, Instant.now()));
                        }
                        long[] written = {0};
                        s.telemetryImporter().importParsed(new ParsedTelemetry(records, List.of()), new Progress() {
                            @Override
                            public void update(long done, long total) {
                                if (done == total && written[0] == 0) {
                                    written[0] = System.nanoTime();
                                    System.out.println("WRITTEN");
                                    System.out.flush();
                                }
                            }

                            @Override
                            public boolean isCancelled() {
                                return false;
                            }
                        });
                        System.out.println("COMMITTED " + (System.nanoTime() - written[0]) / 1_000_000);
                        System.out.flush();
                        return;
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
                            System.out.println("BEGIN reclaim " + id);
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
                            System.out.println("BEGIN offboard " + id);
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
