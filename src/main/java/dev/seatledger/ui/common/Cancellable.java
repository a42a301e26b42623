package dev.seatledger.ui.common;

/** A handle on running background work. */
@FunctionalInterface
public interface Cancellable {
    void cancel();
}
