package dev.seatledger.cli;

import dev.seatledger.testing.ChildJvm;
import java.io.PrintWriter;

/**
 * Run in a child JVM: waits at the gate ({@link ChildJvm#readyThenAwaitRelease()}), then runs the {@code seatledger}
 * command line with its arguments, printing "STARTED ms" and "ENDED ms" (wall-clock) around it, and exits with its code.
 */
public final class GatedCli {
    private GatedCli() {
    }

    public static void main(String[] args) throws Exception {
        ChildJvm.readyThenAwaitRelease();
        System.out.println("STARTED " + System.currentTimeMillis());
        int code = SeatLedgerCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.out, true));
        System.out.println("ENDED " + System.currentTimeMillis());
        System.out.flush();
        System.exit(code);
    }
}
