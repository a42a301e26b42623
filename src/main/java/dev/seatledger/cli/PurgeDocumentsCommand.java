package dev.seatledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger purge-documents}: deletes the stored files of removed documents no live document uses. */
@Command(name = "purge-documents", mixinStandardHelpOptions = true,
    description = "Delete the stored files of removed (archived) documents that no attached document still uses.")
final class PurgeDocumentsCommand implements Callable<Integer> {
    @ParentCommand SeatLedgerCli parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int deleted = parent.withDatabase((services, cipher) -> services.documents().purge());
        spec.commandLine().getOut().println(deleted == 1 ? "1 document file deleted"
            : deleted + " document files deleted");
        return 0;
    }
}
