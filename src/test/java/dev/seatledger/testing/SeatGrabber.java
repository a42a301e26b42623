package dev.seatledger.testing;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM: opens the data folder's embedded database as the window does (arguments: folder, person id, go
 * file, licenses), prints READY, waits for the go file, assigns the person to each license in turn ("licenseId OK" or
 * "licenseId REFUSED"), prints DONE, and holds the database open until its standard input closes. Whether it serves
 * the file or reaches another process's server depends only on which opened the folder first.
 */
public final class SeatGrabber {
    private SeatGrabber() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long person = Long.parseLong(args[1]);
        Path go = Path.of(args[2]);
        try (Database db = Database.open(DatabaseConfig.h2(folder))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("grabber-" + person),
                AesGcmCipher.forDataFolder(folder));
            System.out.println("READY");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.onSpinWait();
            }
            for (String lic : args[3].split(",")) {
                try {
                    s.assignments().assign(Long.parseLong(lic), person, AssignmentDraft.EMPTY);
                    System.out.println(lic + " OK");
                } catch (BusinessRuleException e) {
                    System.out.println(lic + " REFUSED");
                }
            }
            System.out.println("DONE");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        }
    }
}
