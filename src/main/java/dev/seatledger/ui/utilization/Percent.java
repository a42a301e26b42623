package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;

/** A confidence from 0 to 1 as the screens show it, "82 %": whole percent rounded down, as "from N %" compares. */
final class Percent {
    private Percent() {
    }

    static String of(Double confidence) {
        return confidence == null ? "" : Messages.get("util.unknown.percent", (int) Math.floor(confidence * 100 + 1e-9));
    }
}
