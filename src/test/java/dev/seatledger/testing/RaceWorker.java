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
 * A separate SeatLedger process: opens the shared database through its server URL (arguments: folder, person, go file,
 * licenses, URL[, user, password]), waits for the go file, then assigns one person to each license in turn and prints
 * "licenseId OK" or "licenseId REFUSED".
 */
public final class RaceWorker {
    private RaceWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String url = args[4];
        long person = Long.parseLong(args[1]);
        Path go = Path.of(args[2]);
        String[] licenses = args[3].split(",");
        String user = args.length > 5 ? args[5] : "sa";
        String password = args.length > 6 ? args[6] : "";
        try (Database db = Database.open(new DatabaseConfig(url, user, password, null))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("worker-" + person),
                AesGcmCipher.forDataFolder(folder));
            System.out.println("READY");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.onSpinWait();
            }
            for (String lic : licenses) {
                try {
                    s.assignments().assign(Long.parseLong(lic), person, AssignmentDraft.EMPTY);
                    System.out.println(lic + " OK");
                } catch (BusinessRuleException e) {
                    System.out.println(lic + " REFUSED " + e.getMessage());
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
