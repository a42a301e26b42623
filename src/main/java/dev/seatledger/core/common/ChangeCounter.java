package dev.seatledger.core.common;

/**
 * A number that moves whenever a change is committed to the database, by this process or by another one sharing it
 * (a scheduled command-line import while the window is open): comparing two readings tells whether anything changed
 * in between. One cheap query; reading it changes nothing.
 */
@FunctionalInterface
public interface ChangeCounter {
    long current();
}
