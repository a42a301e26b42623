package dev.seatledger.core.assignment;

import dev.seatledger.core.common.Messages;

/** Recorded seat figure versus the assignments tracked in SeatLedger for one license. */
public record SeatSummary(long licenseId, int recordedUsed, Integer total, boolean unlimited, long tracked,
                          boolean archived) {

    public Integer available() {
        return unlimited || total == null ? null : Math.max(0, total - recordedUsed);
    }

    public boolean canAssign() {
        return !archived && (unlimited || recordedUsed < total);
    }

    /** "12 of 50 available", or "unlimited seats" for unlimited licenses. */
    public String availabilityText() {
        return unlimited ? Messages.get("seats.unlimited", recordedUsed)
            : Messages.get("seats.available", available(), total);
    }

    /** The visible difference between the recorded figure and the tracked assignments, or "". */
    public String driftText() {
        long diff = recordedUsed - tracked;
        if (diff == 0) {
            return "";
        }
        if (diff > 0) {
            return diff == 1 ? Messages.get("seats.drift.untracked.one") : Messages.get("seats.drift.untracked", diff);
        }
        return Messages.get("seats.drift.overTracked", -diff);
    }
}
