package dev.seatledger.testing;

import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.nio.file.Path;

/** Run in a child JVM: opens the database in a folder, prints READY, and holds it until stdin closes. */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.h2(Path.of(args[0])))) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        }
    }
}
