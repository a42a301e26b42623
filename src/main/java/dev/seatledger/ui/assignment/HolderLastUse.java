package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.usage.LastUse;

/** A holder's last use of the seat and where it came from, as the seat lists show it. */
final class HolderLastUse {
    private HolderLastUse() {
    }

    static String text(HolderRow r) {
        return LastUse.of(r.lastUsed(), r.lastUseSource(), r.lastUseFormat(), r.lastSignIn()).text();
    }
}
